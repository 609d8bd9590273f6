/** Test support: a small W3C WebDriver client for headless Chromium (screenshots of the dashboard and reports). */
package dev.eet.examples.browser;
