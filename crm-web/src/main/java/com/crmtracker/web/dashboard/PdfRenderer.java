package com.crmtracker.web.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.stereotype.Component;

/**
 * Turns an XHTML page with inline SVG into a PDF whose text is text and whose charts are
 * vectors. WenQuanYi Micro Hei (Apache-2.0) is embedded as a subset for Chinese and Latin
 * text alike; it is registered from a stream, which is what lets SVG text use it too.
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "WenQuanYi Micro Hei";

	static final String FONT = "/fonts/wqy-microhei.ttf";

	/** Renders HTML as a browser would read it (it need not be well-formed XML). */
	public byte[] render(String html) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(PdfRenderer::font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(PdfRenderer::font, FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF", ex);
		}
		return pdf.toByteArray();
	}

	private static InputStream font() {
		return PdfRenderer.class.getResourceAsStream(FONT);
	}

}
