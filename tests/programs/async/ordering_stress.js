// a mix of every scheduling path, checked tick by tick against node
const log = [];
const t = (s) => log.push(s);
async function* ag() { t('ag start'); yield 1; t('ag after yield'); await null; t('ag after await'); yield 2; }
async function af() { t('af start'); await undefined; t('af 1'); await { then(r) { t('thenable then'); r(); } }; t('af 2'); return Promise.resolve('af ret'); }
const g = ag();
g.next().then(r => t('ag next1 ' + r.value));
af().then(v => t(v));
g.next().then(r => t('ag next2 ' + r.value));
g.return('R').then(r => t('ag return ' + r.value));
Promise.resolve().then(() => t('p1')).then(() => t('p2')).then(() => t('p3')).then(() => t('p4')).then(() => t('p5')).then(() => t('p6'));
(async () => { for await (const x of [Promise.resolve('fa1'), 'fa2']) t(x); t('fa done'); })();
Promise.resolve().finally(() => t('finally')).then(() => t('after finally'));
let p = Promise.resolve(); for (let i = 0; i < 20; i++) p = p.then(() => {});
p.then(() => console.log(log.join('\n')));
