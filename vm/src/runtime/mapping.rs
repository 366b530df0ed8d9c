//! Mapping helpers: `**kwargs` expansion and `dict(mapping)`/`update` from any mapping.

use crate::obj::{dict, list};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Appends the `(key, value)` pairs of `mapping` to `pairs` (a list), as `**mapping` in a
/// call does. Keys must be strings.
pub fn extend_kw_pairs(vm: &mut Vm, pairs: Value, mapping: Value) -> PyResult<()> {
    for (k, v) in items_of(vm, mapping)? {
        if !vm.is_str(k) {
            return Err(vm.raise_msg(&crate::obj::exception::TYPE_ERROR, "keywords must be strings"));
        }
        list::push(vm, pairs, k)?;
        list::push(vm, pairs, v)?;
    }
    Ok(())
}

/// The items of a dict, or of any object with `keys()` and `__getitem__`.
pub fn items_of(vm: &mut Vm, mapping: Value) -> PyResult<Vec<(Value, Value)>> {
    if dict::is_dict(vm, mapping) {
        return Ok(dict::items(vm, mapping));
    }
    if let Some(nb) = crate::obj::class::native_base_of(vm, mapping) {
        if dict::is_dict(vm, nb) {
            return Ok(dict::items(vm, nb));
        }
    }
    // Generic mapping: collect into a rooted list of alternating keys and values.
    let acc = list::new(vm, 0)?;
    let mark = vm.push_temp(acc);
    let r = (|| {
        let keys = vm.call_method(mapping, q::keys, &[])?;
        let keys = super::iter::collect_list(vm, keys)?;
        vm.push_temp(keys);
        for k in list::to_vec(vm, keys) {
            let v = super::subscr::get_item(vm, mapping, k)?;
            list::push(vm, acc, k)?;
            list::push(vm, acc, v)?;
        }
        let flat = list::to_vec(vm, acc);
        Ok(flat.chunks(2).map(|p| (p[0], p[1])).collect())
    })();
    vm.pop_temps(mark);
    r
}
