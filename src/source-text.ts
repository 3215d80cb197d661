/**
 * Why migrate never rewrites a file that is not valid UTF-8: decoding it replaces the odd bytes
 * (a Latin-1 `é` in a comment) with U+FFFD, so writing it back would change bytes no edit
 * touched. Such a file is reported and left exactly as it is (the scan marks it: `notUtf8`).
 */
export const NOT_UTF8 = 'not valid UTF-8: left byte for byte (convert it to UTF-8 to migrate it)';
