//! RAM caches of the interpreter (outside the heap, like MicroPython's map lookup cache).
//!
//! Invariant: the caches hold no heap references that the collector must see except the
//! values listed in `mark`, which are marked as roots.

use crate::value::Value;

/// The VM's caches.
#[derive(Default)]
pub struct Caches {
    /// The shared empty tuple.
    pub empty_tuple: Value,
}

impl Caches {
    /// Marks the heap values the caches hold.
    pub fn mark(&self, heap: &mut crate::heap::Heap) {
        heap.mark(self.empty_tuple);
    }
}

impl Default for Value {
    fn default() -> Self {
        Value::NULL
    }
}
