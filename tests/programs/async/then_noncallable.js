Promise.resolve(1).then(2, 3).then(v => console.log('passed through', v));
Promise.reject(4).then(5, null).then(null, r => console.log('rejection passed', r));
Promise.resolve(6).then({}).then(undefined).then(v => console.log('still', v));
Promise.resolve(7).catch('nope').then(v => console.log('catch non-callable', v));
