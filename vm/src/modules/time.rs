//! `time` without `machine`: wall clock (`time`, `time_ns`), sleeping, MicroPython's
//! wrapping tick counters (`ticks_ms/us/cpu`, `ticks_add`, `ticks_diff`) and calendar
//! conversion (`gmtime`, `localtime`, `mktime`).
//!
//! Calendar times are 9-tuples as on MicroPython's unix port: (year, month, mday, hour,
//! minute, second, weekday with Monday = 0, yearday from 1, isdst). mpyrom keeps device
//! time in UTC, so `localtime` equals `gmtime` and `mktime` is its inverse. Ticks count
//! from the first use in this process and wrap at 2^30, as MicroPython's do.

use crate::builtin_module;
use crate::methods::args::to_i64;
use crate::native_fn;
use crate::obj::exception::{OVERFLOW_ERROR, TYPE_ERROR};
use crate::obj::tuple;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

builtin_module!(
    q::time,
    attr,
    [
        q::time,
        q::time_ns,
        q::sleep,
        q::sleep_ms,
        q::sleep_us,
        q::ticks_ms,
        q::ticks_us,
        q::ticks_cpu,
        q::ticks_add,
        q::ticks_diff,
        q::gmtime,
        q::localtime,
        q::mktime
    ]
);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::time => f(&TIME),
        q::time_ns => f(&TIME_NS),
        q::sleep => f(&SLEEP),
        q::sleep_ms => f(&SLEEP_MS),
        q::sleep_us => f(&SLEEP_US),
        q::ticks_ms => f(&TICKS_MS),
        q::ticks_us => f(&TICKS_US),
        q::ticks_cpu => f(&TICKS_CPU),
        q::ticks_add => f(&TICKS_ADD),
        q::ticks_diff => f(&TICKS_DIFF),
        q::gmtime => f(&GMTIME),
        q::localtime => f(&LOCALTIME),
        q::mktime => f(&MKTIME),
        _ => return Ok(None),
    }))
}

const TICKS_PERIOD: i64 = 1 << 30;

fn since_start() -> Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn now() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn sleep_for(vm: &mut Vm, v: Value, per_second: f64) -> PyResult<Value> {
    let secs = crate::modules::array::to_float(vm, v)? / per_second;
    if secs > 0.0 && secs.is_finite() {
        std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    }
    Ok(Value::NONE)
}

native_fn!(TIME, q::time, 0, 0, |vm, _, _| vm.new_int(now().as_secs() as i64));
native_fn!(TIME_NS, q::time_ns, 0, 0, |vm, _, _| crate::obj::int::from_i128(vm, now().as_nanos() as i128));
native_fn!(SLEEP, q::sleep, 1, 1, |vm, a, _| sleep_for(vm, a[0], 1.0));
native_fn!(SLEEP_MS, q::sleep_ms, 1, 1, |vm, a, _| sleep_for(vm, a[0], 1e3));
native_fn!(SLEEP_US, q::sleep_us, 1, 1, |vm, a, _| sleep_for(vm, a[0], 1e6));
native_fn!(TICKS_MS, q::ticks_ms, 0, 0, |_, _, _| Ok(Value::int_unchecked(
    (since_start().as_millis() as i64) & (TICKS_PERIOD - 1)
)));
native_fn!(TICKS_US, q::ticks_us, 0, 0, |_, _, _| Ok(Value::int_unchecked(
    (since_start().as_micros() as i64) & (TICKS_PERIOD - 1)
)));
native_fn!(TICKS_CPU, q::ticks_cpu, 0, 0, |_, _, _| Ok(Value::int_unchecked(
    (since_start().as_nanos() as i64) & (TICKS_PERIOD - 1)
)));
native_fn!(TICKS_ADD, q::ticks_add, 2, 2, |vm, a, _| {
    let (t, d) = (to_i64(vm, a[0])?, to_i64(vm, a[1])?);
    Ok(Value::int_unchecked(t.wrapping_add(d) & (TICKS_PERIOD - 1)))
});
native_fn!(TICKS_DIFF, q::ticks_diff, 2, 2, |vm, a, _| {
    let (end, start) = (to_i64(vm, a[0])?, to_i64(vm, a[1])?);
    let half = TICKS_PERIOD / 2;
    Ok(Value::int_unchecked((end.wrapping_sub(start).wrapping_add(half) & (TICKS_PERIOD - 1)) - half))
});

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

fn calendar(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let t = match a.first() {
        Some(v) if !v.is_none() => {
            if let Some(x) = v.as_float() {
                x.floor() as i64
            } else {
                to_i64(vm, *v)?
            }
        }
        _ => now().as_secs() as i64,
    };
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday = 0)
    let yearday = days - days_from_civil(y, 1, 1) + 1;
    let items = [y, m, d, secs / 3600, secs % 3600 / 60, secs % 60, weekday, yearday, 0];
    let vals: Vec<Value> = items.iter().map(|&x| Value::int_unchecked(x)).collect();
    tuple::new_from(vm, &vals)
}

native_fn!(GMTIME, q::gmtime, 0, 1, |vm, a, _| calendar(vm, a));
native_fn!(LOCALTIME, q::localtime, 0, 1, |vm, a, _| calendar(vm, a));
native_fn!(MKTIME, q::mktime, 1, 1, |vm, a, _| {
    let l = crate::runtime::iter::collect_list(vm, a[0])?;
    let items = crate::obj::list::to_vec(vm, l);
    if !(8..=9).contains(&items.len()) {
        return Err(vm.raise_msg(&TYPE_ERROR, "mktime needs a tuple of length 8 or 9"));
    }
    let mut f = [0i64; 6];
    for (k, v) in items.iter().take(6).enumerate() {
        f[k] = to_i64(vm, *v)?;
    }
    // Out-of-range fields normalise as C's mktime does (month 13 is January next year…).
    let months = f[0] * 12 + (f[1] - 1);
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let days = days_from_civil(y, m, 1) + f[2] - 1;
    let t = days.checked_mul(86_400).and_then(|s| s.checked_add(f[3] * 3600 + f[4] * 60 + f[5]));
    match t {
        Some(t) => vm.new_int(t),
        None => Err(vm.raise_msg(&OVERFLOW_ERROR, "invalid mktime usage")),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        for days in [-800_000i64, -1, 0, 59, 10_957, 19_675, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(19_675), (2023, 11, 14));
    }
}
