/** Imported before DOMPurify, which reads the getter once when it loads. */
/*
 * happy-dom keeps each node's name on its subclass and lets Node.prototype's own getter answer '' for every node.
 * DOMPurify reads that getter, as browsers answer it correctly; here it is made to answer as a browser does.
 */
const baseNodeName = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')!.get!;
Object.defineProperty(Node.prototype, 'nodeName', {
  configurable: true,
  get(this: Node) {
    for (let p = Object.getPrototypeOf(this); p && p !== Node.prototype; p = Object.getPrototypeOf(p)) {
      const own = Object.getOwnPropertyDescriptor(p, 'nodeName');
      if (own?.get) return own.get.call(this);
    }
    return baseNodeName.call(this);
  },
});
