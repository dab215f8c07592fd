"""The pipeline as plain functions: ingest -> nlp -> extract -> store.

The CLI, the HTTP API, the Dask workers and the tests all call these, so there is one pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from thinc.api import Config

import flashpoint.extract  # noqa: F401  (registers the fp_* factories)
import flashpoint.nlp.before_model  # noqa: F401  (registers the components run before the model)
from flashpoint.analyze import maintain
from flashpoint.errors import FlashpointError, StoreError
from flashpoint.extract.base import Component
from flashpoint.extract.to_records import doc_to_records
from flashpoint.ingest import ArticleInput
from flashpoint.ingest.article_input import decoded_references, even_spacing
from flashpoint.ingest.limits import MAX_ARTICLE_CHARS
from flashpoint.nlp.language import detect_language, is_coded
from flashpoint.nlp.model import DEFAULT_BLAS_THREADS, DEFAULT_MATMUL, fresh_model
from flashpoint.records import Article, ArticleRecords
from flashpoint.settings import load_config
from flashpoint.store import hooks as store_hooks

# Every article this pipeline writes keeps the monitor current in the same transaction.
store_hooks.register_monitor(maintain.UPKEEP)



def build_pipeline(config: Config | None = None) -> Language:
    """The shipped model plus the extraction components named in the config, in order."""
    config = config or load_config()
    nlp_settings = config["nlp"]
    nlp = fresh_model(nlp_settings.get("model"), tuple(nlp_settings.get("exclude") or ()),
                      matmul=nlp_settings.get("matmul", DEFAULT_MATMUL),
                      blas_threads=nlp_settings.get("blas_threads", DEFAULT_BLAS_THREADS))
    nlp.max_length = MAX_ARTICLE_CHARS + 1
    components = config["components"]
    for name in reversed(config["pipeline"].get("before_model") or []):
        nlp.add_pipe(name, first=True, config=dict(components.get(name) or {}))
    for name in config["pipeline"]["components"]:
        nlp.add_pipe(name, config=dict(components.get(name) or {}))
    return nlp


WARM_UP_TEXT = ('Russian President Vladimir Putin said on Monday that 20 soldiers were killed near Donetsk in '
                'eastern Ukraine last week, according to the UN. "We will respond," he told news agency AFP.')


def warm_up(nlp: Language) -> None:
    """Run the pipeline once on a short text: the knowledge base, gazetteer and date tables load on
    first use, and a worker should pay for that before its first shard, not during it."""
    for _ in extract_records(nlp, [ArticleInput(text=WARM_UP_TEXT, published=date(2021, 4, 2))]):
        pass
    for _, proc in nlp.pipeline:  # and the tables that text does not reach
        if isinstance(proc, Component):
            proc.warm()


def article_from_input(item: ArticleInput, today: date | None = None) -> Article:
    """The article as stored and read: the input's text with its character references decoded
    (`decoded_references`) and its blanks evened (`even_spacing`); the id and content hash stay those of the text
    as given, so the same input is still known as stored."""
    published, how = item.published, item.published_from
    if published is None:  # no date anywhere: anchor relative dates on the day of processing, and say so
        published, how = today or date.today(), "today"
    return Article(id=item.article_id, title=item.title, published=published, source=item.source, url=item.url,
                   path=item.path, text=(text := even_spacing(decoded_references(item.text))),
                   content_hash=item.content_hash,
                   published_from=how, language=detect_language(text))


def extract_records(nlp: Language, items: Iterable[ArticleInput], batch_size: int = 16,
                    today: date | None = None) -> Iterator[ArticleRecords]:
    """Records of each article, in input order (the model runs batched over the articles).
    `today` anchors undated articles; one value per run, so every engine and shard agrees."""
    today = today or date.today()
    for chunk in chunked(items, batch_size):
        articles = [article_from_input(item, today) for item in chunk]
        docs = []
        for art in articles:  # an article in a language we do not read is stored with no records
            if is_coded(art.language):
                doc = nlp.make_doc(art.text)
                doc._.fp_article = art
                docs.append(doc)
        coded = iter(nlp.pipe(docs, batch_size=batch_size))
        for art in articles:
            # not read: the whole text is its one sentence, so every stored article has its sentences
            yield (doc_to_records(next(coded)) if is_coded(art.language)
                   else ArticleRecords(article=art, sentences=[(0, 0, len(art.text))]))


def process_shard(nlp: Language, items: list[ArticleInput], batch_size: int = 16,
                  today: date | None = None) -> list[ArticleRecords]:
    """The unit of work of every engine: the records of a run of articles, in input order.

    The single-process `ingest` below calls it on consecutive chunks of `batch_size` articles and
    the Dask engine (flashpoint/scale) on shards of a multiple of that size, so both feed the model
    the same batches and produce byte-identical records."""
    return list(extract_records(nlp, items, batch_size=batch_size, today=today))


def chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass
class RunStats:
    seen: int = 0
    stored: int = 0
    skipped: int = 0           # already in the store (same content hash)
    errors: list[FlashpointError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    not_coded: dict[str, int] = field(default_factory=dict)  # language -> articles stored but not coded

    def add(self, records: ArticleRecords) -> None:
        if not is_coded(records.article.language):
            self.not_coded[records.article.language] = self.not_coded.get(records.article.language, 0) + 1
        for k, v in records.counts().items():
            self.counts[k] = self.counts.get(k, 0) + v

    def count(self, records: ArticleRecords, written: bool) -> None:
        """One article's outcome: stored (its records counted) or already in the store."""
        if written:
            self.stored += 1
            self.add(records)
        else:
            self.skipped += 1


def ingest(items: Iterable[ArticleInput | FlashpointError], store, nlp: Language | None = None,
           on_progress: Callable[[RunStats], None] | None = None, batch_size: int = 16,
           today: date | None = None) -> RunStats:
    """Extract and store every new article; each model batch of articles is written in one
    transaction, so a crash leaves either all of an article's records or none, and a re-run
    finishes the job without duplicates."""
    stats = RunStats()

    def new_items() -> Iterator[ArticleInput]:
        for item in items:
            if isinstance(item, FlashpointError):
                stats.errors.append(item)
                continue
            stats.seen += 1
            if store.has_content(item.content_hash):
                stats.skipped += 1
                if on_progress:
                    on_progress(stats)
                continue
            yield item

    nlp = nlp or build_pipeline()
    today = today or date.today()
    for chunk in chunked(new_items(), batch_size):
        batch = process_shard(nlp, chunk, batch_size=batch_size, today=today)
        for records, written in zip(batch, write_batch(store, batch, stats.errors)):
            if written is None:  # could not be stored: the error is in stats.errors
                continue
            stats.count(records, written)
            if on_progress:
                on_progress(stats)
    return stats


def write_batch(store, batch: list[ArticleRecords], errors: list[FlashpointError]) -> list[bool | None]:
    """Store a batch in one transaction; if that fails, article by article, so one article the
    store refuses costs only itself (None for it, and its error appended to `errors`)."""
    try:
        return store.write_articles(batch)
    except Exception:  # the batch's transaction rolled back: find the article that failed
        pass
    out: list[bool | None] = []
    for records in batch:
        try:
            out.append(store.write_article(records))
        except Exception as exc:  # the article's transaction rolled back; the rest of the run goes on
            art = records.article
            errors.append(StoreError(art.path or art.id, f"article {art.id} could not be stored "
                                     f"({type(exc).__name__}: {exc})"))
            out.append(None)
    return out
