//! `hashlib`: `sha256`, `sha1` and `md5` hash objects, as MicroPython's
//! `extmod/modhashlib.c` (the RustCrypto crates do the hashing).
//!
//! A hash object is a native object (`obj::native_obj`) with fields: 0 = the hasher's
//! serialized state (a `RawBytes` chunk of the algorithm's fixed state size), 1 = whether
//! the hash is final (bool). Each `update` deserializes the state, feeds the data and
//! stores the state back, so the running state always lives in the VM heap.
//!
//! MicroPython's API: the constructor takes optional data; the methods are `update(data)`
//! and `digest()` only (no `hexdigest`, `copy`, `digest_size`); after `digest()` both raise
//! ValueError("hash is final").

use super::array::readable_or_raise;
use crate::builtin_module;
use crate::builtin_type;
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::{Attr, NativeFn, TypeId, TypeObj};
use crate::obj::native_obj as nobj;
use crate::obj::object::OBJECT_TYPE;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use sha2::digest::common::hazmat::{SerializableState, SerializedState};
use sha2::Digest;

builtin_module!(q::hashlib, module_attr, [q::sha256, q::sha1, q::md5]);

builtin_type!(pub SHA256_TYPE, TypeId::Other, q::sha256, Some(&OBJECT_TYPE), sha256_attrs, Some(sha256_new), false);
builtin_type!(pub SHA1_TYPE, TypeId::Other, q::sha1, Some(&OBJECT_TYPE), sha1_attrs, Some(sha1_new), false);
builtin_type!(pub MD5_TYPE, TypeId::Other, q::md5, Some(&OBJECT_TYPE), md5_attrs, Some(md5_new), false);

fn module_attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(Some(Value::from_static_type(match name {
        q::sha256 => &SHA256_TYPE,
        q::sha1 => &SHA1_TYPE,
        q::md5 => &MD5_TYPE,
        _ => return Ok(None),
    })))
}

const F_STATE: usize = 0;
const F_FINAL: usize = 1;

/// A hasher whose state can be kept as bytes in the heap.
trait HeapHash: Digest + SerializableState + Default {}
impl<H: Digest + SerializableState + Default> HeapHash for H {}

fn state_len<H: HeapHash>() -> usize {
    H::default().serialize().len()
}

/// Rebuilds the hasher from the object's stored state.
fn load<H: HeapHash>(vm: &mut Vm, obj: Value) -> PyResult<H> {
    let raw = nobj::field(vm, obj, F_STATE);
    let bytes = nobj::raw_bytes(vm, raw, state_len::<H>());
    let state = SerializedState::<H>::try_from(bytes).ok();
    match state.and_then(|s| H::deserialize(&s).ok()) {
        Some(h) => Ok(h),
        None => Err(vm.raise_msg(&VALUE_ERROR, "corrupt hash state")),
    }
}

/// Stores the hasher's state into the object.
fn store<H: HeapHash>(vm: &mut Vm, obj: Value, h: &H) {
    let state = h.serialize();
    let raw = nobj::field(vm, obj, F_STATE);
    nobj::raw_bytes_mut(vm, raw, state.len()).copy_from_slice(&state);
}

fn ensure_not_final(vm: &mut Vm, obj: Value) -> PyResult<()> {
    if nobj::field(vm, obj, F_FINAL) == Value::TRUE {
        return Err(vm.raise_msg(&VALUE_ERROR, "hash is final"));
    }
    Ok(())
}

fn update<H: HeapHash>(vm: &mut Vm, obj: Value, data: Value) -> PyResult<()> {
    ensure_not_final(vm, obj)?;
    let data = readable_or_raise(vm, data)?;
    let mut h = load::<H>(vm, obj)?;
    h.update(&data);
    store(vm, obj, &h);
    Ok(())
}

fn make<H: HeapHash>(vm: &mut Vm, ty: &'static TypeObj, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.raise_msg(&TYPE_ERROR, "function doesn't take keyword arguments"));
    }
    if args.len() > 2 {
        let n = args.len() - 1;
        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("function expected at most 1 arguments, got {n}")));
    }
    let state = H::default().serialize();
    let raw = nobj::new_raw(vm, state.len(), &state)?;
    let mark = vm.push_temp(raw);
    let r = nobj::new(vm, ty, &[raw, Value::FALSE]);
    vm.pop_temps(mark);
    let obj = r?;
    if let Some(&data) = args.get(1) {
        let mark = vm.push_temp(obj);
        let r = update::<H>(vm, obj, data);
        vm.pop_temps(mark);
        r?;
    }
    Ok(obj)
}

fn digest<H: HeapHash>(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    ensure_not_final(vm, obj)?;
    let h = load::<H>(vm, obj)?;
    nobj::set_field(vm, obj, F_FINAL, Value::TRUE);
    let out = h.finalize();
    crate::obj::str::new_bytes(vm, &out)
}

fn sha256_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    make::<sha2::Sha256>(vm, &SHA256_TYPE, a, kw)
}
fn sha1_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    make::<sha1::Sha1>(vm, &SHA1_TYPE, a, kw)
}
fn md5_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    make::<md5::Md5>(vm, &MD5_TYPE, a, kw)
}

/// Checks that a method's self is a hash object of type `ty`.
fn check_self(vm: &mut Vm, obj: Value, ty: &'static TypeObj) -> PyResult<()> {
    if nobj::is_type(vm, obj, ty) {
        return Ok(());
    }
    let t = crate::runtime::types::type_name(vm, obj);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object isn't a hash object")))
}

macro_rules! hash_methods {
    ($attrs:ident, $update:ident, $digest:ident, $repr:ident, $ty:ident, $h:ty) => {
        native_fn!($update, q::update, 2, 2, |vm, a, _| {
            check_self(vm, a[0], &$ty)?;
            update::<$h>(vm, a[0], a[1])?;
            Ok(Value::NONE)
        });
        native_fn!($digest, q::digest, 1, 1, |vm, a, _| {
            check_self(vm, a[0], &$ty)?;
            digest::<$h>(vm, a[0])
        });
        // MicroPython prints objects of types without a print function as `<name>`.
        native_fn!($repr, q::__repr__, 1, 1, |vm, a, _| {
            check_self(vm, a[0], &$ty)?;
            let text = format!("<{}>", vm.qstr_str($ty.name));
            crate::obj::str::from_str(vm, &text)
        });
        fn $attrs(name: Qstr) -> Option<Attr> {
            let f: &'static NativeFn = match name {
                q::update => &$update,
                q::digest => &$digest,
                q::__repr__ => &$repr,
                _ => return None,
            };
            Some(Attr::Method(f))
        }
    };
}

hash_methods!(sha256_attrs, SHA256_UPDATE, SHA256_DIGEST, SHA256_REPR, SHA256_TYPE, sha2::Sha256);
hash_methods!(sha1_attrs, SHA1_UPDATE, SHA1_DIGEST, SHA1_REPR, SHA1_TYPE, sha1::Sha1);
hash_methods!(md5_attrs, MD5_UPDATE, MD5_DIGEST, MD5_REPR, MD5_TYPE, md5::Md5);

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn serialized_state_round_trip_continues_the_hash() {
        let mut h = sha2::Sha256::default();
        h.update(b"ab");
        let s = h.serialize();
        let mut h2 = sha2::Sha256::deserialize(&s).expect("state");
        h2.update(b"c");
        assert_eq!(hex(&h2.finalize()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(state_len::<md5::Md5>(), md5::Md5::default().serialize().len());
    }
}
