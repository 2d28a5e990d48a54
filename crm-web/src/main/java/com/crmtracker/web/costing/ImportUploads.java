package com.crmtracker.web.costing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.crmtracker.costing.ImportFile;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.web.support.UploadTooLarge;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * What pages and API take from an upload to import: the file's name, its format, its
 * charset (UTF-8 unless GB18030 is chosen) and a body no larger than
 * {@code crm.import.max-size} (64 MB unless set; multipart uploads are held to the same
 * limit by {@code spring.servlet.multipart.*}).
 */
@Component
public class ImportUploads {

	private final DataSize limit;

	ImportUploads(@Value("${crm.import.max-size:64MB}") DataSize limit) {
		this.limit = limit;
	}

	public DataSize limit() {
		return this.limit;
	}

	/**
	 * The charset a person or a Content-Type names: UTF-8 (also when none is named) or
	 * GB18030, which GBK and GB2312 files are read as (it contains both).
	 */
	public static Charset charset(String name) {
		if (name == null || name.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		return switch (name.strip().replace("\"", "").toUpperCase(Locale.ROOT)) {
			case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
			case "GB18030", "GBK", "GB2312", "CP936" -> Charset.forName("GB18030");
			default -> throw InvalidInput.of("charset", "cost.import.charset",
					"must be UTF-8 or GB18030 (GBK and GB2312 files are read as GB18030)");
		};
	}

	/** An uploaded part: its name, XLSX or CSV, the charset chosen. */
	public ImportFile file(MultipartFile file, String charset) {
		boolean xlsx = CostingParams.isXlsx(file.getOriginalFilename(), file.getContentType());
		return new ImportFile(file.getOriginalFilename(), xlsx, charset(charset));
	}

	/**
	 * A CSV request body: the charset of its Content-Type, its name from a
	 * Content-Disposition header if it has one.
	 */
	public ImportFile csvBody(HttpServletRequest request) {
		String name = null;
		String disposition = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		if (disposition != null) {
			try {
				name = ContentDisposition.parse(disposition).getFilename();
			}
			catch (IllegalArgumentException ex) {
				name = null;
			}
		}
		return new ImportFile(name, false, charset(charsetParameter(request.getContentType())));
	}

	/** The request body, refused with {@link UploadTooLarge} past the limit. */
	public InputStream body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.limit.toBytes()) {
			throw new UploadTooLarge(this.limit);
		}
		return new Bounded(request.getInputStream(), this.limit);
	}

	private static String charsetParameter(String contentType) {
		if (contentType == null) {
			return null;
		}
		for (String part : contentType.split(";")) {
			String[] pair = part.split("=", 2);
			if (pair.length == 2 && "charset".equalsIgnoreCase(pair[0].strip())) {
				return pair[1];
			}
		}
		return null;
	}

	/** Counts what is read and stops at the limit (a body without a length too). */
	private static final class Bounded extends FilterInputStream {

		private final DataSize limit;

		private long read;

		Bounded(InputStream in, DataSize limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.limit.toBytes()) {
				throw new UploadTooLarge(this.limit);
			}
		}

	}

}
