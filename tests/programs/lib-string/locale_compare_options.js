// localeCompare with locales and Intl.Collator options: numeric, sensitivity, caseFirst, ignorePunctuation
const c=(a,b,o)=>a.localeCompare(b,undefined,o);
console.log(c("a","A",{sensitivity:"base"}), c("a","á",{sensitivity:"base"}), c("a","á",{sensitivity:"accent"}), c("a","A",{sensitivity:"accent"}), c("a","A",{sensitivity:"case"}), c("a","á",{sensitivity:"case"}), c("a","b",{sensitivity:"base"}));
console.log(c("a2","a10",{numeric:true}), c("a2","a10"), c("02","2",{numeric:true}), c("1.5","1.10",{numeric:true}), ["x10","x9","x1","x01","x001","X2"].sort((a,b)=>c(a,b,{numeric:true})), c("a-b","ab",{ignorePunctuation:true}));
try{c("a","b",{sensitivity:"foo"})}catch(e){console.log(e.name,e.message)}
try{"a".localeCompare("b","xx-")}catch(e){console.log(e.name,e.message)}
console.log(c("a","B",{caseFirst:"upper"}), c("a","A",{caseFirst:"upper"}), "a".localeCompare("A","en",{}), c("ß","ss",{sensitivity:"base"}), c("ø","o",{sensitivity:"base"}));
const files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file02.txt", "file 3.txt", "file-4.txt", "fíle5.txt"];
for (const o of [undefined, {numeric: true}, {sensitivity: "base"}, {numeric: true, sensitivity: "base"}, {caseFirst: "upper"}, {ignorePunctuation: true}, {sensitivity: "accent", numeric: true}, {sensitivity: "case"}])
  console.log(JSON.stringify(o), files.slice().sort((a, b) => a.localeCompare(b, "en", o)).join(" "));
console.log(c("a b", "ab", {ignorePunctuation: true}), c("1,000", "1000", {numeric: true}), c("v1.10", "v1.9", {numeric: true}), c("٣", "3", {numeric: true}), c("a", "a", null === 1 ? 1 : {}));
try { c("a", "b", null); } catch (e) { console.log(e.name, e.message); }
try { c("a", "b", {usage: "x"}); } catch (e) { console.log(e.name, e.message); }
try { c("a", "b", {caseFirst: "up"}); } catch (e) { console.log(e.name, e.message); }
