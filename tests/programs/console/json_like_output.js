const config = {
  server: { host: "localhost", port: 8080, tls: false },
  users: [{ id: 1, roles: ["admin", "dev"] }, { id: 2, roles: [] }],
  retries: 3,
  timeoutMs: 1500.5,
  tags: null,
  description: "A fairly long description string that goes past the usual line width for sure",
};
console.log(config);
console.log(config.users);
console.log([config.server, config.server]);
