const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 0) continue;
    if (i === 2) break;
    log.push("body " + i);
  } finally {
    log.push("finally " + i);
  }
}
let count = 0;
while (true) {
  try {
    try { count++; if (count > 2) break; } finally { log.push("inner " + count); }
  } finally { log.push("outer " + count); }
}
function nested() {
  for (const x of [1, 2]) {
    try { for (const y of [3, 4]) { try { if (y === 4) return x + y; } finally { log.push("fy" + y); } } }
    finally { log.push("fx" + x); }
  }
}
log.push("ret " + nested());
console.log(log.join(", "));
