"""Object-heavy simulation: the Richards-style scheduler of richards.js, as Python classes."""

import sys

DEFAULT = 4000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    __slots__ = ("link", "owner", "kind", "count", "data")

    def __init__(self, owner, kind):
        self.link = None
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]


def append(packet, queue):
    packet.link = None
    if queue is None:
        return packet
    p = queue
    while p.link is not None:
        p = p.link
    p.link = packet
    return queue


class Task:
    __slots__ = ("id", "priority", "behaviour", "queue", "waiting", "held")

    def __init__(self, id, priority, behaviour):
        self.id = id
        self.priority = priority
        self.behaviour = behaviour
        self.queue = None
        self.waiting = False
        self.held = False

    def is_ready(self):
        return not self.held and (not self.waiting or self.queue is not None)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.by_priority = []
        self.switches = 0
        self.sends = 0
        self.device_sum = 0

    def add(self, task):
        self.tasks[task.id] = task
        lst = self.by_priority
        i = len(lst)
        lst.append(task)
        while i > 0 and lst[i - 1].priority < task.priority:
            lst[i] = lst[i - 1]
            i -= 1
        lst[i] = task

    def send(self, packet, id):
        target = self.tasks[id]
        target.queue = append(packet, target.queue)
        self.sends += 1

    def pick(self):
        for t in self.by_priority:
            if t.is_ready():
                return t
        return None

    def run(self):
        task = self.pick()
        while task is not None:
            self.switches += 1
            packet = task.queue
            if packet is not None:
                task.queue = packet.link
                packet.link = None
            task.waiting = False
            task.behaviour.step(self, task, packet)
            task = self.pick()


class IdleBehaviour:
    def __init__(self, count):
        self.count = count
        self.seed = 42

    def step(self, sched, task, packet):
        self.count -= 1
        if self.count == 0:
            task.held = True
            return
        self.seed = (self.seed * 16807) % 2147483647
        sched.tasks[HANDLER_A if self.seed % 2 == 0 else HANDLER_B].held = False


class WorkerBehaviour:
    def __init__(self):
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, sched, task, packet):
        if packet is None:
            task.waiting = True
            return
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.count = 0
        for i in range(4):
            self.letter = (self.letter % 26) + 1
            packet.data[i] = self.letter
        sched.send(packet, self.destination)


class HandlerBehaviour:
    def __init__(self, device):
        self.device = device
        self.work = None
        self.devices = None

    def step(self, sched, task, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = append(packet, self.work)
            else:
                self.devices = append(packet, self.devices)
        w = self.work
        if w is None:
            task.waiting = True
            return
        if w.count < 4:
            d = self.devices
            if d is None:
                task.waiting = True
                return
            self.devices = d.link
            d.count = w.data[w.count]
            w.count += 1
            sched.send(d, self.device)
        else:
            self.work = w.link
            sched.send(w, WORKER)
            task.held = True


class DeviceBehaviour:
    def __init__(self):
        self.handled = 0

    def step(self, sched, task, packet):
        if packet is None:
            task.waiting = True
            return
        self.handled += 1
        sched.device_sum += packet.count * self.handled % 1000
        sched.send(packet, packet.owner)


def richards(count):
    sched = Scheduler()
    sched.add(Task(IDLE, 0, IdleBehaviour(count)))
    worker = Task(WORKER, 1000, WorkerBehaviour())
    sched.add(worker)
    worker.queue = append(Packet(WORKER, KIND_WORK), worker.queue)
    worker.queue = append(Packet(WORKER, KIND_WORK), worker.queue)
    for h, hid in enumerate((HANDLER_A, HANDLER_B)):
        handler = Task(hid, 2000 + h, HandlerBehaviour(DEVICE_A if h == 0 else DEVICE_B))
        sched.add(handler)
        for _ in range(3):
            handler.queue = append(Packet(hid, KIND_DEVICE), handler.queue)
    sched.add(Task(DEVICE_A, 4000, DeviceBehaviour()))
    sched.add(Task(DEVICE_B, 5000, DeviceBehaviour()))
    sched.run()
    return sched


def main(n):
    s = richards(n)
    return f"richards {n} {s.switches} {s.sends} {s.device_sum}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
