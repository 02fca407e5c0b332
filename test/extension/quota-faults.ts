/**
 * A full disk, as fake-indexeddb can be made to report it: while armed, every write to the named object
 * stores fails with a `QuotaExceededError`, which aborts its transaction with that error, as a browser does
 * when an origin is over its quota.
 */
import 'fake-indexeddb/auto';

interface RequestSpec {
  source?: { name?: string };
  operation: (...args: unknown[]) => unknown;
}

interface FakeTransactionProto {
  _execRequestAsync(spec: RequestSpec): unknown;
}

/** The internal hook every request of fake-indexeddb goes through. */
const proto = globalThis.IDBTransaction.prototype as unknown as FakeTransactionProto;
const original = proto._execRequestAsync;

/** fake-indexeddb binds `storeRecord` for put and add: the writes that take space. */
const isWrite = (spec: RequestSpec) => spec.operation.name === 'bound storeRecord';

export function failWritesTo(stores: readonly string[]): () => void {
  proto._execRequestAsync = function (this: unknown, spec: RequestSpec) {
    if (isWrite(spec) && stores.includes(spec.source?.name ?? '')) {
      const refused: RequestSpec = {
        ...spec,
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      };
      return original.call(this, refused);
    }
    return original.call(this, spec);
  };
  return () => {
    proto._execRequestAsync = original;
  };
}
