"""Load Flashpoint's own trained spaCy pipeline from the package (never from the network).

The model lives in flashpoint/nlp/en_flashpoint/ and is made by `make model` (training/train.py).
"""

from __future__ import annotations

import functools
import warnings
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import use_ops

from flashpoint.errors import ModelError

MODEL_DIR = Path(__file__).resolve().parent / "en_flashpoint"

# How the model multiplies matrices, which is most of its time. "numpy": NumPy's BLAS (OpenBLAS in
# NumPy's wheels); "blis": thinc's default, its bundled BLIS. On the development machine (AMD EPYC,
# 2 cores) NumPy's ran the shipped model about 1.5x faster with identical output (bench/nlp_speed.py
# prints both). One BLAS thread per process by default: Flashpoint scales out by processes (a Dask
# worker per core), and BLAS threads spinning between the model's small products only burn the
# cores the other workers need.
MATMUL_BACKENDS = ("numpy", "blis")
DEFAULT_MATMUL = "numpy"
DEFAULT_BLAS_THREADS = 1


def model_available(path: Path | None = None) -> bool:
    return ((path or MODEL_DIR) / "config.cfg").is_file()


def use_matmul(backend: str = DEFAULT_MATMUL, blas_threads: int | None = DEFAULT_BLAS_THREADS):
    """A context in which loaded models multiply with `backend`; also caps the BLAS threads of this
    process (None leaves them as they are)."""
    if backend not in MATMUL_BACKENDS:
        raise ModelError("nlp.matmul", f"unknown matrix backend {backend!r} (one of {', '.join(MATMUL_BACKENDS)})")
    if blas_threads is not None:
        if blas_threads < 1:
            raise ModelError("nlp.blas_threads", f"needs at least 1 thread, not {blas_threads}")
        from threadpoolctl import threadpool_limits  # deferred: optional (caps BLAS threads)

        threadpool_limits(limits=blas_threads, user_api="blas")  # process-wide, and kept
    return use_ops("numpy", use_blis=backend == "blis")


@functools.lru_cache(maxsize=4)
def _load(path: str, exclude: tuple[str, ...], matmul: str, blas_threads: int | None) -> Language:
    return _spacy_load(path, exclude, matmul, blas_threads)


def _spacy_load(path: str, exclude: tuple[str, ...], matmul: str, blas_threads: int | None) -> Language:
    try:
        with use_matmul(matmul, blas_threads):  # thinc layers take the ops current when they are built
            return spacy.load(path, exclude=list(exclude))
    except (OSError, ValueError) as exc:
        raise ModelError(path, f"cannot load the NLP model ({exc})") from None


def _blank_fallback(path: Path | str | None) -> Language:
    if path:
        raise ModelError(str(path), "no spaCy model here (config.cfg missing)")
    warnings.warn("flashpoint: trained model not found; falling back to spaCy's blank English "
                  "tokenizer and rule sentencizer (run `make model`)", stacklevel=3)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def load_model(path: Path | str | None = None, exclude: tuple[str, ...] = (), matmul: str = DEFAULT_MATMUL,
               blas_threads: int | None = DEFAULT_BLAS_THREADS) -> Language:
    """A fresh-enough copy of the shipped pipeline (cached per path; callers add their own components
    to a copy made by ``build_pipeline``, so the cached object stays model-only)."""
    p = Path(path) if path else MODEL_DIR
    if not model_available(p):
        return _blank_fallback(path)
    return _load(str(p), tuple(exclude), matmul, blas_threads)


def fresh_model(path: Path | str | None = None, exclude: tuple[str, ...] = (), matmul: str = DEFAULT_MATMUL,
                blas_threads: int | None = DEFAULT_BLAS_THREADS) -> Language:
    """An uncached load, for pipelines that add components (each pipeline owns its Language)."""
    p = Path(path) if path else MODEL_DIR
    if not model_available(p):
        return _blank_fallback(path)
    return _spacy_load(str(p), tuple(exclude), matmul, blas_threads)
