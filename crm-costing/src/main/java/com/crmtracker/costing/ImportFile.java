package com.crmtracker.costing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A file to import: its name as the uploader called it, whether it is an XLSX workbook
 * (else CSV), and the charset of a CSV file (UTF-8 unless the uploader chose another).
 */
public record ImportFile(String name, boolean xlsx, Charset charset) {

	static final int NAME_MAX = 255;

	public ImportFile {
		// a name is shown and stored, never trusted: control characters (U+0000 among
		// them, which the database refuses) become "_", a path keeps its last part
		name = name == null ? "" : name.replaceAll("[\\p{Cntrl}]", "_").replaceAll(".*[/\\\\]", "").strip();
		name = name.isEmpty() ? (xlsx ? "upload.xlsx" : "upload.csv") : name;
		if (name.length() > NAME_MAX) {
			name = name.substring(0, NAME_MAX);
		}
		charset = charset == null ? StandardCharsets.UTF_8 : charset;
	}

	public static ImportFile csv(String name) {
		return new ImportFile(name, false, StandardCharsets.UTF_8);
	}

	public static ImportFile xlsx(String name) {
		return new ImportFile(name, true, StandardCharsets.UTF_8);
	}

}
