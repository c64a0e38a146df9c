// stdout methods print in order; stderr methods (error, warn, trace, assert) do not reach stdout
console.log('log line');
console.error('error line (stderr)');
console.info('info line');
console.warn('warn line (stderr)');
console.debug('debug line');
console.trace('trace (stderr)');
console.assert(false, 'assert (stderr)');
console.log('%s and %s', 'formatted', 'again');
console.info({info: 'object'});
console.debug([1, 'debug array']);
console.error({ignored: true});
console.log(console.error('x') === undefined, console.warn() === undefined, console.trace() === undefined);
const results = [console.log(), console.info(), console.debug()];
console.log(results);
console.log('end');
