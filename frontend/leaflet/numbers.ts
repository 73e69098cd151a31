/**
 * A format for the language, keeping the digits its tag names ("ps-u-nu-arabext") where the browser lacks the
 * language itself (Chromium has no Pashto); English's when the tag is not one the browser can read.
 */
export function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const digits = /-nu-(\w+)/.exec(language)?.[1];
  try {
    return new Intl.NumberFormat(digits ? [language, `en-u-nu-${digits}`] : [language], options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}
