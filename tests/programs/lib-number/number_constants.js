// Number constants and their descriptors
for (const k of ["EPSILON", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "MAX_VALUE", "MIN_VALUE", "NaN", "POSITIVE_INFINITY", "NEGATIVE_INFINITY"]) {
  const d = Object.getOwnPropertyDescriptor(Number, k);
  console.log(k, d.value, d.writable, d.enumerable, d.configurable);
}
console.log(Number.EPSILON === 2 ** -52, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE / 2, Number.MAX_VALUE * 2);
console.log(Number.MAX_VALUE.toString(16).length, Number.MIN_VALUE.toString(2).length, Number.MAX_SAFE_INTEGER.toString(36));
"use strict";
Number.EPSILON = 5; console.log(Number.EPSILON === 2 ** -52);
console.log(Object.getOwnPropertyNames(Number).sort().join(","));
console.log(Object.getOwnPropertyNames(Number.prototype).sort().join(","));
