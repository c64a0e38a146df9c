// string quoting inside objects/arrays: single quotes, switching to double / backtick, escapes
const log = console.log;
log(['simple', "it's", 'say "hi"', `it's "both"`, `it's "all" \`three\``]);
log({a: "don't", b: 'x'});
log(['tab\there', 'nl\nhere', 'cr\rhere', 'nul\0', 'bs\\', 'bell\x07', 'esc\x1b', 'del\x7f', '\x85', '\u00a0']);
log(['\ud83d\ude00', '\ud83d', '\ude00', 'a\ud800b']);
log(['é', 'ñ', '中文', 'Ω']);
log([''], [' '], ['  leading'], ['trailing  ']);
log(['x'.repeat(100)]);
log(['line one\nline two\nline three']);
log({key: 'a'.repeat(20) + '\n' + 'b'.repeat(20)});
log('top-level strings are printed raw: it\'s "fine"\twith tab');
log([String.raw`\n`, '\\n']);
log(['\u2028', '\u2029']);
log(new String("it's boxed"), [new String('boxed in array')]);
