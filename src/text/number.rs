//! Writing numbers for people: `12`, not `12.0`.

/// A number without a needless fraction: `12`, `2.5`.
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn whole_numbers_lose_their_fraction() {
        assert_eq!(super::number(12.0), "12");
        assert_eq!(super::number(-3.0), "-3");
        assert_eq!(super::number(2.5), "2.5");
    }
}
