// An async callback that throws rejects its promise: an unhandled rejection, not a sync throw.
setTimeout(async () => {
  console.log("async timer starts");
  await null;
  console.log("after await");
  try {
    await new Promise((_, reject) => setTimeout(reject, 3, new TypeError("handled")));
  } catch (e) {
    console.log("caught", e.name, e.message);
  }
}, 1);
setTimeout(() => console.log("other timer"), 80);
