// Object-heavy simulation: a Richards-style task scheduler (written for this suite).
// Tasks with priorities exchange packets through linked-list queues: a worker fills work
// packets, two handlers pair them with device packets, two devices consume those, and an
// idle task wakes the handlers.  Many small objects, method calls, field reads and writes.
var N = typeof SIZE === "number" ? SIZE : 4000;

var IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
var KIND_DEVICE = 0, KIND_WORK = 1;

function Packet(owner, kind) {
  this.link = null;
  this.owner = owner;
  this.kind = kind;
  this.count = 0;
  this.data = [0, 0, 0, 0];
}

function append(packet, queue) {
  packet.link = null;
  if (queue === null) return packet;
  var p = queue;
  while (p.link !== null) p = p.link;
  p.link = packet;
  return queue;
}

function Task(id, priority, behaviour) {
  this.id = id;
  this.priority = priority;
  this.behaviour = behaviour;
  this.queue = null;
  this.waiting = false;
  this.held = false;
}

Task.prototype.isReady = function () {
  return !this.held && (!this.waiting || this.queue !== null);
};

function Scheduler() {
  this.tasks = [];
  this.byPriority = [];
  this.switches = 0;
  this.sends = 0;
  this.deviceSum = 0;
}

Scheduler.prototype.add = function (task) {
  this.tasks[task.id] = task;
  var list = this.byPriority, i = list.length;
  list.push(task);
  while (i > 0 && list[i - 1].priority < task.priority) {
    list[i] = list[i - 1];
    i--;
  }
  list[i] = task;
};

Scheduler.prototype.send = function (packet, id) {
  var target = this.tasks[id];
  target.queue = append(packet, target.queue);
  this.sends++;
};

Scheduler.prototype.pick = function () {
  var list = this.byPriority;
  for (var i = 0; i < list.length; i++) {
    if (list[i].isReady()) return list[i];
  }
  return null;
};

Scheduler.prototype.run = function () {
  var task = this.pick();
  while (task !== null) {
    this.switches++;
    var packet = task.queue;
    if (packet !== null) {
      task.queue = packet.link;
      packet.link = null;
    }
    task.waiting = false;
    task.behaviour.step(this, task, packet);
    task = this.pick();
  }
};

function IdleBehaviour(count) {
  this.count = count;
  this.seed = 42;
}
IdleBehaviour.prototype.step = function (sched, task, packet) {
  this.count--;
  if (this.count === 0) {
    task.held = true;
    return;
  }
  this.seed = (this.seed * 16807) % 2147483647;
  sched.tasks[this.seed % 2 === 0 ? HANDLER_A : HANDLER_B].held = false;
};

function WorkerBehaviour() {
  this.destination = HANDLER_A;
  this.letter = 0;
}
WorkerBehaviour.prototype.step = function (sched, task, packet) {
  if (packet === null) {
    task.waiting = true;
    return;
  }
  this.destination = this.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
  packet.count = 0;
  for (var i = 0; i < 4; i++) {
    this.letter = (this.letter % 26) + 1;
    packet.data[i] = this.letter;
  }
  sched.send(packet, this.destination);
};

function HandlerBehaviour(device) {
  this.device = device;
  this.work = null;
  this.devices = null;
}
HandlerBehaviour.prototype.step = function (sched, task, packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) this.work = append(packet, this.work);
    else this.devices = append(packet, this.devices);
  }
  var w = this.work;
  if (w === null) {
    task.waiting = true;
    return;
  }
  if (w.count < 4) {
    var d = this.devices;
    if (d === null) {
      task.waiting = true;
      return;
    }
    this.devices = d.link;
    d.count = w.data[w.count];
    w.count++;
    sched.send(d, this.device);
  } else {
    this.work = w.link;
    sched.send(w, WORKER);
    task.held = true;
  }
};

function DeviceBehaviour() {
  this.handled = 0;
}
DeviceBehaviour.prototype.step = function (sched, task, packet) {
  if (packet === null) {
    task.waiting = true;
    return;
  }
  this.handled++;
  sched.deviceSum += packet.count * this.handled % 1000;
  sched.send(packet, packet.owner);
};

function richards(count) {
  var sched = new Scheduler();
  sched.add(new Task(IDLE, 0, new IdleBehaviour(count)));
  var worker = new Task(WORKER, 1000, new WorkerBehaviour());
  sched.add(worker);
  worker.queue = append(new Packet(WORKER, KIND_WORK), worker.queue);
  worker.queue = append(new Packet(WORKER, KIND_WORK), worker.queue);
  var ids = [HANDLER_A, HANDLER_B];
  for (var h = 0; h < 2; h++) {
    var handler = new Task(ids[h], 2000 + h, new HandlerBehaviour(h === 0 ? DEVICE_A : DEVICE_B));
    sched.add(handler);
    for (var k = 0; k < 3; k++) handler.queue = append(new Packet(ids[h], KIND_DEVICE), handler.queue);
  }
  sched.add(new Task(DEVICE_A, 4000, new DeviceBehaviour()));
  sched.add(new Task(DEVICE_B, 5000, new DeviceBehaviour()));
  sched.run();
  return sched;
}

var s = richards(N);
console.log("richards " + N + " " + s.switches + " " + s.sends + " " + s.deviceSum);
