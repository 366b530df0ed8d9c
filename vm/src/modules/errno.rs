//! `errno`: the error numbers MicroPython defines (Linux values) and `errorcode`, the map
//! from number to name.

use crate::builtin_module;
use crate::obj::dict;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// (name, number) for every constant, in MicroPython's order.
pub const CODES: [(Qstr, i64); 22] = [
    (q::EPERM, 1),
    (q::ENOENT, 2),
    (q::EIO, 5),
    (q::EBADF, 9),
    (q::EAGAIN, 11),
    (q::ENOMEM, 12),
    (q::EACCES, 13),
    (q::EEXIST, 17),
    (q::ENODEV, 19),
    (q::EISDIR, 21),
    (q::EINVAL, 22),
    (q::EOPNOTSUPP, 95),
    (q::EADDRINUSE, 98),
    (q::ECONNABORTED, 103),
    (q::ECONNRESET, 104),
    (q::ENOBUFS, 105),
    (q::ENOTCONN, 107),
    (q::ETIMEDOUT, 110),
    (q::ECONNREFUSED, 111),
    (q::EHOSTUNREACH, 113),
    (q::EALREADY, 114),
    (q::EINPROGRESS, 115),
];

builtin_module!(
    q::errno,
    attr,
    [
        q::errorcode,
        q::EPERM,
        q::ENOENT,
        q::EIO,
        q::EBADF,
        q::EAGAIN,
        q::ENOMEM,
        q::EACCES,
        q::EEXIST,
        q::ENODEV,
        q::EISDIR,
        q::EINVAL,
        q::EOPNOTSUPP,
        q::EADDRINUSE,
        q::ECONNABORTED,
        q::ECONNRESET,
        q::ENOBUFS,
        q::ENOTCONN,
        q::ETIMEDOUT,
        q::ECONNREFUSED,
        q::EHOSTUNREACH,
        q::EALREADY,
        q::EINPROGRESS
    ]
);

fn attr(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    if name == q::errorcode {
        let d = dict::new(vm, CODES.len())?;
        let mark = vm.push_temp(d);
        let r = (|| {
            for (n, code) in CODES {
                dict::set_item(vm, d, Value::int_unchecked(code), Value::qstr(n.0))?;
            }
            Ok(d)
        })();
        vm.pop_temps(mark);
        return r.map(Some);
    }
    Ok(CODES.iter().find(|(n, _)| *n == name).map(|(_, c)| Value::int_unchecked(*c)))
}
