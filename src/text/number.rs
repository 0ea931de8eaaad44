//! Writing numbers for people: `12`, not `12.0`.

/// A number without a needless fraction: `12`, `2.5`.
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A score or a count of points: whole when it is whole, else one decimal.
pub fn points(n: f64) -> String {
    if (n - n.round()).abs() < 1e-9 {
        format!("{}", n.round() as i64)
    } else {
        format!("{n:.1}")
    }
}

#[cfg(test)]
mod tests;
