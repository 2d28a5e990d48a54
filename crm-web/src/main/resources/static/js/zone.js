// Tells the server the browser's time zone (an id such as Asia/Shanghai), so that pages show
// times in it until the user chooses one on the account page. A file, not an inline script:
// the Content-Security-Policy allows scripts from the site only. Without Intl, times stay UTC.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.cookie = 'crm-zone=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) {
    // no zone from this browser: the server keeps UTC
  }
}());
