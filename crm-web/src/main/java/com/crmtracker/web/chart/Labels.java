package com.crmtracker.web.chart;

import java.util.List;

/**
 * How wide a text is drawn and which labels of a row fit: labels are thinned to every
 * n-th so that no two overlap, n chosen from 1, 2, 3, 4, 6, 12 (months read in quarters
 * and years), then multiples of 12.
 */
public final class Labels {

	/** The space kept between two labels, in user units. */
	static final double GAP = 8;

	private Labels() {
	}

	/**
	 * An estimate of a text's width at a font size: wide (CJK) characters one em, digits
	 * and most Latin letters about 0.6 em, narrow ones less. It errs on the wide side.
	 */
	public static double width(String text, double fontSize) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isIdeographic(c) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0xff00 && c <= 0xffef)) {
				ems += 1.0;
			}
			else if ("il.,:;'|! ".indexOf(c) >= 0) {
				ems += 0.38;
			}
			else if (Character.isUpperCase(c) || c == 'm' || c == 'w') {
				ems += 0.72;
			}
			else {
				ems += 0.6;
			}
		}
		return ems * fontSize;
	}

	/**
	 * Show every n-th of evenly spaced labels, {@code spacing} apart, so that neighbours
	 * shown keep {@link #GAP} between them.
	 */
	public static int every(List<String> labels, double spacing, double fontSize) {
		double widest = 0;
		for (String label : labels) {
			widest = Math.max(widest, width(label, fontSize));
		}
		if (labels.size() <= 1 || spacing <= 0) {
			return 1;
		}
		int needed = (int) Math.ceil((widest + GAP) / spacing - 1e-9);
		for (int n : new int[] { 1, 2, 3, 4, 6, 12 }) {
			if (n >= needed) {
				return n;
			}
		}
		return (int) (Math.ceil(needed / 12.0) * 12);
	}

	/** A text cut to a width, ending in an ellipsis when cut. */
	public static String fit(String text, double maxWidth, double fontSize) {
		if (width(text, fontSize) <= maxWidth) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && width(cut + "…", fontSize) > maxWidth) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut.strip() + "…";
	}

}
