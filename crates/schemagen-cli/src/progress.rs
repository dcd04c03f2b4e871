//! Progress of a long run on stderr: files written out of the files announced, one line per
//! output. Shown only on a terminal, only once a run has taken about a second, never with
//! `--quiet`; stdout is left to results.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use schemagen_engine::output::FileSink;
use schemagen_engine::{GeneratedFile, OutputError};

/// How long a run goes before its progress is shown.
const SHOW_AFTER: Duration = Duration::from_secs(1);
const REFRESH: Duration = Duration::from_millis(100);

/// A sink that counts what passes through it to `inner`.
pub(crate) struct Counted<'a> {
    inner: &'a dyn FileSink,
    written: AtomicUsize,
    expected: AtomicUsize,
}

impl<'a> Counted<'a> {
    pub(crate) fn new(inner: &'a dyn FileSink) -> Self {
        Counted { inner, written: AtomicUsize::new(0), expected: AtomicUsize::new(0) }
    }

    fn counts(&self) -> (usize, usize) {
        let written = self.written.load(Ordering::Relaxed);
        (written, self.expected.load(Ordering::Relaxed).max(written))
    }
}

impl FileSink for Counted<'_> {
    fn put(&self, file: GeneratedFile) -> Result<(), OutputError> {
        self.inner.put(file)?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Result<String, OutputError>>) -> Result<(), OutputError> {
        self.inner.put_parts(path, parts)?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    fn expect(&self, files: usize) {
        self.expected.fetch_add(files, Ordering::Relaxed);
        self.inner.expect(files);
    }
}

/// Whether progress may be drawn: a person watching stderr who did not ask for quiet.
pub(crate) fn wanted(quiet: bool) -> bool {
    !quiet && std::io::stderr().is_terminal()
}

/// Runs `work`, showing the counts of `outputs` (name, sink) while it runs when `show` is set
/// and it takes longer than [`SHOW_AFTER`].
pub(crate) fn while_running<R>(show: bool, outputs: &[(&str, &Counted<'_>)], work: impl FnOnce() -> R) -> R {
    if !show {
        return work();
    }
    let (done, finished) = mpsc::channel::<()>();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            if finished.recv_timeout(SHOW_AFTER) != Err(mpsc::RecvTimeoutError::Timeout) {
                return;
            }
            let bars = Bars::new(outputs);
            while finished.recv_timeout(REFRESH) == Err(mpsc::RecvTimeoutError::Timeout) {
                bars.update(outputs);
            }
            bars.clear();
        });
        let result = work();
        drop(done);
        result
    })
}

struct Bars {
    multi: MultiProgress,
    /// Each output's bar, and whether it shows a total yet.
    bars: Vec<(ProgressBar, std::cell::Cell<bool>)>,
    of_total: ProgressStyle,
}

impl Bars {
    fn new(outputs: &[(&str, &Counted<'_>)]) -> Self {
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
        let width = outputs.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
        let style = |template: String| ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar());
        let of_total = style(format!("{{prefix:>{width}}} [{{bar:30}}] {{pos}}/{{len}} files")).progress_chars("=> ");
        let counting = style(format!("{{prefix:>{width}}} {{spinner}} {{pos}} files"));
        let bars = outputs
            .iter()
            .map(|(name, _)| {
                let bar = multi.add(ProgressBar::new(0).with_style(counting.clone()).with_prefix(name.to_string()));
                (bar, std::cell::Cell::new(false))
            })
            .collect();
        let bars = Bars { multi, bars, of_total };
        bars.update(outputs);
        bars
    }

    fn update(&self, outputs: &[(&str, &Counted<'_>)]) {
        for ((bar, with_total), (_, sink)) in self.bars.iter().zip(outputs) {
            let (written, expected) = sink.counts();
            if sink.expected.load(Ordering::Relaxed) > 0 && !with_total.get() {
                bar.set_style(self.of_total.clone());
                with_total.set(true);
            }
            bar.set_length(expected as u64);
            bar.set_position(written as u64);
            if !with_total.get() {
                bar.tick();
            }
        }
    }

    fn clear(self) {
        for (bar, _) in &self.bars {
            bar.finish_and_clear();
        }
        let _ = self.multi.clear();
    }
}
