//! Staging folders of the output being written, so that a signal can remove them.
//!
//! Writing a staged file, switching the tree into place and abandoning all staging happen under
//! one lock: after [`abandon`] returns, no staged file is half written, the output folder is
//! entirely old or entirely new, and no staging folder is left. Writing files takes it shared,
//! so that several outputs (or threads) write at once; everything else takes it alone.

use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Removes one staging folder; run at most once.
pub(crate) type Remover = Box<dyn FnOnce() + Send + Sync>;

#[derive(Default)]
pub(crate) struct Registry {
    pub(crate) abandoned: bool,
    next: u64,
    staging: Vec<(u64, Remover)>,
}

static REGISTRY: RwLock<Registry> = RwLock::new(Registry { abandoned: false, next: 0, staging: Vec::new() });

pub(crate) fn lock() -> RwLockWriteGuard<'static, Registry> {
    REGISTRY.write().unwrap_or_else(PoisonError::into_inner)
}

/// The lock, shared with other writers of staged files.
pub(crate) fn read() -> RwLockReadGuard<'static, Registry> {
    REGISTRY.read().unwrap_or_else(PoisonError::into_inner)
}

impl Registry {
    pub(crate) fn add(&mut self, remove: Remover) -> u64 {
        self.next += 1;
        self.staging.push((self.next, remove));
        self.next
    }

    /// Forgets a staging folder that its owner removes (or has switched into place) itself.
    pub(crate) fn forget(&mut self, id: u64) -> Option<Remover> {
        let i = self.staging.iter().position(|(k, _)| *k == id)?;
        Some(self.staging.swap_remove(i).1)
    }
}

/// For a signal handler about to end the process: removes every staging folder and makes
/// every open [`super::OutputDir`] fail with [`super::OutputError::Interrupted`]. The lock stays
/// held until the process ends, so nothing is switched into place after this.
pub fn abandon() {
    let mut registry = lock();
    registry.abandoned = true;
    for (_, remove) in registry.staging.drain(..) {
        remove();
    }
    // Held on purpose: the caller exits, and no writer may go on meanwhile.
    std::mem::forget(registry);
}
