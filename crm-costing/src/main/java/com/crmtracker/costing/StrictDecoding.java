package com.crmtracker.costing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Reads text in a charset and refuses bytes that are not text of it, instead of turning
 * them into U+FFFD as {@link java.io.InputStreamReader} does. The text before the first
 * bad byte is handed on first, so that a reader counting rows knows the row it is in when
 * {@link BadBytes} is thrown.
 */
final class StrictDecoding extends Reader {

	/** The bytes are not text of the charset. */
	static final class BadBytes extends IOException {

		BadBytes() {
			super("bytes that are not text of the chosen charset");
		}

	}

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(65536);

	private boolean eof;

	private boolean bad;

	private boolean flushed;

	StrictDecoding(InputStream in, Charset charset) {
		this.in = in;
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.bytes.flip();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (this.bad) {
			throw new BadBytes();
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (true) {
			CoderResult result = this.decoder.decode(this.bytes, out, this.eof);
			int produced = out.position() - offset;
			if (result.isError()) {
				this.bad = true;
				if (produced > 0) {
					return produced;
				}
				throw new BadBytes();
			}
			if (result.isOverflow() || produced > 0) {
				return produced;
			}
			if (this.eof) {
				if (!this.flushed) {
					this.flushed = true;
					this.decoder.flush(out);
					produced = out.position() - offset;
					if (produced > 0) {
						return produced;
					}
				}
				return -1;
			}
			fill();
		}
	}

	private void fill() throws IOException {
		this.bytes.compact();
		int n = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (n < 0) {
			this.eof = true;
		}
		else {
			this.bytes.position(this.bytes.position() + n);
		}
		this.bytes.flip();
	}

	/** Leaves the stream open: it belongs to the caller, who may read on (to hash it). */
	@Override
	public void close() {
		this.bytes.clear().flip();
	}

}
