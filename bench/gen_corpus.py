#!/usr/bin/env python3
"""Writes a deterministic corpus of activity lines for benchmarks.

usage: gen_corpus.py OUT BYTES [SEED]

The lines mix Markdown bullets, numbered items, quarter and month headings, leading dates,
energy markers, continuation lines and non-ASCII text, built from phrase pools (not from the
labeled evaluation sets) so the corpus exercises every path of the parser and matcher.
"""
import random
import sys

VERBS = ["Led", "Drove", "Owned", "Ran", "Coordinated", "Wrote", "Hired", "Mentored", "Shipped",
         "Built", "Implemented", "Fixed", "Defined", "Aligned", "Negotiated", "Reviewed", "Tracked",
         "Planned", "Launched", "Migrated", "Coached", "Interviewed", "Prioritised", "Unblocked"]
OBJECTS = ["the product roadmap", "the migration of 40 services", "weekly 1:1s with my reports",
           "the PRD for self-serve onboarding", "the on-call rotation", "the critical path",
           "cross-team dependencies", "the hiring plan", "performance reviews", "user research",
           "a pricing experiment", "the launch plan", "the incident postmortem", "the retry logic",
           "the Kafka consumer", "the design review", "the quarterly planning", "customer interviews",
           "the program status report", "the risk register", "the SLOs for checkout",
           "the API deprecation", "the data pipeline", "career growth plans", "the go-to-market plan"]
SCOPES = ["across 4 teams", "with infra, SRE and security", "for my team", "for enterprise customers",
          "with two partner teams", "in the payments org", "for the mobile app", "before the Q3 freeze",
          "with product and design", "for 12 engineers", "across three time zones", ""]
OUTCOMES = ["cutting latency 30%", "raising conversion 4 points", "on schedule", "two weeks early",
            "with zero downtime", "reducing pages by half", "growing retention 8%", "", "", ""]
FOREIGN = ["Défini la stratégie produit pour le marché européen",
           "Koordinierte die Migration über fünf Teams hinweg",
           "Lideré la contratación de seis ingenieros",
           "製品ロードマップを作成した", "Провёл ретроспективу с командой"]
MONTHS = ["January", "Feb", "March", "Apr", "May", "June", "Jul", "August", "Sep", "October", "Nov", "December"]


def line(rng: random.Random, i: int) -> str:
    kind = rng.random()
    if i % 37 == 0:
        year = 2021 + (i // 37) % 5
        form = rng.randrange(4)
        if form == 0:
            return f"## {year} Q{rng.randrange(1, 5)}"
        if form == 1:
            return f"## {rng.choice(MONTHS)} {year}"
        if form == 2:
            return f"## H{rng.randrange(1, 3)} {year}"
        return f"### {year}-{rng.randrange(1, 13):02d}"
    if kind < 0.03:
        return rng.choice(FOREIGN)
    if kind < 0.05:
        return ""
    text = " ".join(p for p in (rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(SCOPES),
                                rng.choice(OUTCOMES)) if p)
    bullet = rng.choice(["- ", "- ", "* ", "1. ", "- [x] ", ""])
    if kind < 0.10:
        text = f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}: {text}"
    if kind > 0.95:
        text += rng.choice([" (+)", " (-)"])
    if kind > 0.97:
        text += "\n  and kept stakeholders informed through the rollout"
    return bullet + text


def main() -> None:
    out, size = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    written = 0
    i = 0
    with open(out, "w", encoding="utf-8") as f:
        chunk = []
        while written < size:
            text = line(rng, i) + "\n"
            chunk.append(text)
            written += len(text.encode("utf-8"))
            i += 1
            if len(chunk) >= 10000:
                f.write("".join(chunk))
                chunk.clear()
        f.write("".join(chunk))


if __name__ == "__main__":
    main()
