package com.crmtracker.web.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A drawn chart read back as XML (which also proves it is well-formed). */
final class SvgDocument {

	private final Document document;

	private SvgDocument(Document document) {
		this.document = document;
	}

	static SvgDocument of(String svg) {
		try {
			return new SvgDocument(DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed SVG: " + svg, ex);
		}
	}

	Element root() {
		return this.document.getDocumentElement();
	}

	List<Element> all(String xpath) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(xpath, this.document, XPathConstants.NODESET);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				elements.add((Element) nodes.item(i));
			}
			return elements;
		}
		catch (Exception ex) {
			throw new AssertionError(xpath, ex);
		}
	}

	Element one(String xpath) {
		List<Element> found = all(xpath);
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " elements for " + xpath);
		}
		return found.get(0);
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

}
