//! CSV: one row per document, one row per period of each document with `--by`, or one row per
//! activity with `--explain` (with its job, in a resume, and its period with `--by`).

use std::io::{self, Write};

use crate::periods::{Granularity, Row};
use crate::report::{CheckOutcome, Report};

/// Writes the report as CSV with a header row.
pub fn render(report: &Report, per_activity: bool, by: Option<Granularity>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let labels: Vec<&str> = report.summary.roles.iter().map(|r| r.role.as_str()).collect();
    if let (Some(_), false) = (by, per_activity) {
        let mut header: Vec<String> = ["source", "name", "period", "activities", "matched"]
            .into_iter()
            .map(String::from)
            .collect();
        header.extend(labels.iter().map(|l| format!("{l}_share")));
        header.extend(labels.iter().map(|l| format!("{l}_activities")));
        header.extend(
            [
                "verdict",
                "hybrid",
                "runner_up",
                "margin",
                "energy_role",
                "energy_share",
                "energy_gives",
                "energy_drains",
            ]
            .map(String::from),
        );
        writer.write_record(&header)?;
        for d in &report.documents {
            for p in &d.periods {
                let mut row = vec![
                    d.source.clone(),
                    d.name.clone().unwrap_or_default(),
                    p.period.to_string(),
                    p.activities.to_string(),
                    p.matched.to_string(),
                ];
                row.extend(p.roles.iter().map(|r| r.share.to_string()));
                row.extend(p.roles.iter().map(|r| r.activities.to_string()));
                let v = &p.verdict;
                row.extend([
                    v.role.clone().unwrap_or_default(),
                    v.hybrid.to_string(),
                    v.runner_up.clone().unwrap_or_default(),
                    v.margin.to_string(),
                    p.energy.role.clone().unwrap_or_default(),
                    p.energy.share.to_string(),
                    p.energy.gives.to_string(),
                    p.energy.drains.to_string(),
                ]);
                writer.write_record(&row)?;
            }
        }
        return writer.flush();
    }
    if per_activity {
        let mut header = vec![
            "source",
            "line",
            "date",
            "energy",
            "in_window",
            "excluded_by",
            "job",
            "role",
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
        if by.is_some() {
            header.insert(3, "period".to_string());
        }
        header.extend(labels.iter().map(|l| format!("{l}_score")));
        header.extend(["terms".to_string(), "text".to_string()]);
        writer.write_record(&header)?;
        for document in &report.documents {
            for a in &document.activities {
                let mut row = vec![
                    document.source.clone(),
                    a.line.to_string(),
                    a.date.map(|d| d.to_string()).unwrap_or_default(),
                    a.energy.map(|e| json_str(&e)).unwrap_or_default(),
                    a.in_window.to_string(),
                    a.excluded_by.map(|e| json_str(&e)).unwrap_or_default(),
                    a.job
                        .and_then(|j| document.jobs.get(j))
                        .map(|j| j.label())
                        .unwrap_or_default(),
                    a.role.clone().unwrap_or_default(),
                ];
                if let Some(grain) = by {
                    // The row the activity is counted in; none when it is left out.
                    let period = a.in_window.then(|| Row::of(a.date).at(grain).to_string());
                    row.insert(3, period.unwrap_or_default());
                }
                row.extend(a.scores.0.iter().map(|(_, s)| s.to_string()));
                let terms: Vec<&str> = a.matches.iter().map(|m| m.display()).collect();
                row.push(terms.join("; "));
                row.push(a.text.clone());
                writer.write_record(&row)?;
            }
        }
    } else {
        let mut header: Vec<String> = [
            "source",
            "name",
            "expected",
            "check",
            "lines",
            "activities",
            "matched",
            "unmatched",
            "excluded",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        header.extend(labels.iter().map(|l| format!("{l}_share")));
        header.extend(labels.iter().map(|l| format!("{l}_activities")));
        header.extend(["verdict", "hybrid", "runner_up", "margin", "energy_role"].map(String::from));
        writer.write_record(&header)?;
        for d in &report.documents {
            let t = &d.totals;
            let mut row = vec![
                d.source.clone(),
                d.name.clone().unwrap_or_default(),
                d.expected.clone().unwrap_or_default(),
                d.check
                    .map(|c| if c == CheckOutcome::Pass { "pass" } else { "fail" }.to_string())
                    .unwrap_or_default(),
                t.lines.to_string(),
                t.activities.to_string(),
                t.matched.to_string(),
                t.unmatched.to_string(),
                t.excluded.to_string(),
            ];
            row.extend(d.roles.iter().map(|r| r.share.to_string()));
            row.extend(d.roles.iter().map(|r| r.activities.to_string()));
            let v = &d.verdict;
            row.extend([
                v.role.clone().unwrap_or_default(),
                v.hybrid.to_string(),
                v.runner_up.clone().unwrap_or_default(),
                v.margin.to_string(),
                v.energy_role.clone().unwrap_or_default(),
            ]);
            writer.write_record(&row)?;
        }
    }
    writer.flush()
}

/// A serialisable enum's JSON string form (`"+"` → `+`).
fn json_str<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
