package com.crmtracker.web.account;

/**
 * The zone one reads times in: a zone id such as {@code Asia/Shanghai}, or empty for the
 * browser's.
 */
public record ZoneForm(String timeZone) {

}
