package com.crmtracker.web.dashboard;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

	@Test
	void chineseTextIsTextInThePdfAndTheFontIsEmbedded() throws Exception {
		String page = """
				<html><head><style>body { font-family: 'WenQuanYi Micro Hei'; }</style></head>
				<body><h1>项目指导委员会 board pack</h1>
				<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
				<rect x="0" y="0" width="120" height="20" fill="#0d6efd"/>
				<text x="5" y="35" font-family="WenQuanYi Micro Hei">阶段 1</text></svg>
				</body></html>""";

		byte[] pdf = new PdfRenderer().render(page);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("项目指导委员会 board pack");
			assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
		}
	}

}
