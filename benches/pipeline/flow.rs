//! `prefill` and `compare` as whole processes, against `report` on the same
//! files (`--flow 1000,2000,4000`; `--flow 0` skips it): `prefill` from 10
//! answers files against one `report` call on those 10, and `compare` of two
//! answers files against one `report` call on those two. Both should grow
//! linearly with the questionnaire and stay within twice `report`.

use std::path::Path;
use std::process::Command;

use super::{ASSURE, Options, Run, median_run, ms, synthetic};

pub struct Flow {
    n: usize,
    prefill: Run,
    report_ten: Run,
    compare: Run,
    report_two: Run,
}

fn command(args: &[&std::ffi::OsStr]) -> Command {
    let mut c = Command::new(ASSURE);
    c.args(args).env("NO_COLOR", "1");
    c
}

fn one(o: &Options, dir: &Path, n: usize) -> Flow {
    let q = dir.join(format!("flow-q-{n}.yaml"));
    std::fs::write(&q, synthetic::questionnaire(n)).unwrap();
    let files: Vec<_> = (0..10)
        .map(|i| {
            let p = dir.join(format!("flow-a-{n}-{i}.yaml"));
            std::fs::write(&p, synthetic::answers(n, 100 + i)).unwrap();
            p
        })
        .collect();
    let out = dir.join(format!("flow-out-{n}"));
    let os = |p: &Path| p.as_os_str().to_owned();
    let prefill = median_run(o, || {
        let mut c = command(&["prefill".as_ref(), q.as_os_str(), "--from".as_ref()]);
        c.args(&files).arg("-o").arg(out.join("prefilled.yaml"));
        c
    });
    let report = |count: usize, to: &str| {
        median_run(o, || {
            let mut c = command(&["report".as_ref(), "-q".as_ref(), q.as_os_str()]);
            c.args(&files[..count])
                .arg("--quiet")
                .arg("-o")
                .arg(out.join(to));
            c
        })
    };
    let report_ten = report(10, "ten");
    let compare = median_run(o, || {
        let mut c = command(&["compare".as_ref(), &os(&files[0]), &os(&files[1])]);
        c.arg("-q").arg(&q).arg("-o").arg(out.join("compare.md"));
        c
    });
    let report_two = report(2, "two");
    Flow {
        n,
        prefill,
        report_ten,
        compare,
        report_two,
    }
}

pub fn measure(o: &Options, dir: &Path, sizes: &[usize]) -> Vec<Flow> {
    sizes.iter().map(|&n| one(o, dir, n)).collect()
}

pub fn print(rows: &[Flow]) {
    println!("\n### prefill and compare, against report on the same files (median ms)\n");
    println!(
        "| questions | prefill from 10 | report of the 10 | prefill / report | compare of 2 | report of the 2 | compare / report | prefill µs per question | compare µs per question |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for f in rows {
        let ratio = |a: &Run, b: &Run| a.wall.as_secs_f64() / b.wall.as_secs_f64();
        let per = |r: &Run| r.wall.as_secs_f64() * 1e6 / f.n as f64;
        println!(
            "| {} | {} | {} | {:.2}× | {} | {} | {:.2}× | {:.1} | {:.1} |",
            f.n,
            ms(f.prefill.wall),
            ms(f.report_ten.wall),
            ratio(&f.prefill, &f.report_ten),
            ms(f.compare.wall),
            ms(f.report_two.wall),
            ratio(&f.compare, &f.report_two),
            per(&f.prefill),
            per(&f.compare),
        );
    }
}
