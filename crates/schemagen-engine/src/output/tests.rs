use super::*;

fn file(path: &str, contents: &str) -> GeneratedFile {
    GeneratedFile::new(path, contents).unwrap()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

/// Every file below `dir`, as `path=contents`, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            if meta.file_type().is_symlink() {
                out.push(format!("{rel} -> {}", std::fs::read_link(&p).unwrap().display()));
            } else if meta.is_dir() {
                stack.push(p);
            } else {
                out.push(format!("{rel}={}", read(&p)));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn rejects_paths_that_escape() {
    for p in ["../x", "/etc/passwd", "a/../../b", "a//b", "", "a\\b", "./a", "c:/x", "a\0b", "a\nb", &"x".repeat(256)] {
        assert!(GeneratedFile::new(p, "").is_err(), "{p:?} must be rejected");
    }
    assert!(GeneratedFile::new("aws/apigateway/integrationresponse.md", "").is_ok());
}

#[test]
fn writes_everything_or_reports() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![file("a/b.txt", "1"), file("c.txt", "2")];
    write_all(dir.path(), &files).unwrap();
    assert_eq!(read(&dir.path().join("a/b.txt")), "1");
    let clash = vec![file("A.txt", "1"), file("a.txt", "2")];
    assert!(matches!(write_all(dir.path(), &clash), Err(OutputError::Collision(_))));
    let file_and_dir = vec![file("x", "1"), file("x/y", "2")];
    assert!(matches!(write_all(dir.path(), &file_and_dir), Err(OutputError::Collision(_))));
    let dirs_by_case = vec![file("m/a", "1"), file("M/b", "2")];
    assert!(matches!(write_all(dir.path(), &dirs_by_case), Err(OutputError::Collision(_))));
    assert_eq!(tree(dir.path()), ["a/b.txt=1", "c.txt=2"], "failed runs leave the output as it was");
}

#[test]
fn a_failed_run_changes_nothing_and_leaves_no_staging() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    write_all(&out, &[file("p/old.md", "old")]).unwrap();
    let dir = OutputDir::open(&out, CommitOptions::default()).unwrap();
    dir.put(file("p/new.md", "new")).unwrap();
    assert!(dir.put(file("P/new.md", "clash")).is_err());
    drop(dir);
    assert_eq!(tree(&out), ["p/old.md=old"]);
    let names: Vec<_> = std::fs::read_dir(parent.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["out"], "no staging folder is left");
}

#[test]
fn files_not_generated_are_kept_and_reported_or_cleaned() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    write_all(&out, &[file("pkg/a.md", "1"), file("pkg/removed.md", "stale")]).unwrap();
    std::fs::write(out.join("NOTES"), "mine").unwrap();
    let dir = OutputDir::open(&out, CommitOptions::default()).unwrap();
    dir.put(file("pkg/a.md", "2")).unwrap();
    let done = dir.commit().unwrap();
    assert_eq!(done.kept, ["NOTES", "pkg/removed.md"]);
    assert_eq!(done.kept_count, 2);
    assert_eq!(tree(&out), ["NOTES=mine", "pkg/a.md=2", "pkg/removed.md=stale"]);

    let dir = OutputDir::open(&out, CommitOptions { clean: true }).unwrap();
    dir.put(file("pkg/a.md", "3")).unwrap();
    let done = dir.commit().unwrap();
    assert_eq!(done.kept_count, 0);
    assert_eq!(tree(&out), ["pkg/a.md=3"], "--clean: the generated tree replaces the old one");
}

#[cfg(unix)]
#[test]
fn a_symlink_inside_out_does_not_redirect_writes() {
    let parent = tempfile::tempdir().unwrap();
    let elsewhere = parent.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("victim.md"), "precious").unwrap();
    let out = parent.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("pkg")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("victim.md"), out.join("top.md")).unwrap();
    write_all(&out, &[file("pkg/victim.md", "generated"), file("pkg/new.md", "generated"), file("top.md", "generated")]).unwrap();
    assert_eq!(tree(&elsewhere), ["victim.md=precious"], "nothing is written through the symlinks");
    assert!(!std::fs::symlink_metadata(out.join("pkg")).unwrap().file_type().is_symlink());
    assert_eq!(tree(&out), ["pkg/new.md=generated", "pkg/victim.md=generated", "top.md=generated"]);
}

#[cfg(unix)]
#[test]
fn kept_symlinks_stay_symlinks_and_are_not_followed() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink("/etc", out.join("link")).unwrap();
    write_all(&out, &[file("a.md", "1")]).unwrap();
    assert_eq!(tree(&out), ["a.md=1", "link -> /etc"]);
}

#[cfg(unix)]
#[test]
fn planted_staging_names_are_never_used() {
    let parent = tempfile::tempdir().unwrap();
    let victim = parent.path().join("victim");
    std::fs::create_dir(&victim).unwrap();
    let out = parent.path().join("out");
    // Every name the old scheme would have used, and stale-looking staging names.
    for name in [format!(".out.schemagen-{}", std::process::id()), ".out.schemagen-0000000000000000".into()] {
        std::os::unix::fs::symlink(&victim, parent.path().join(name)).unwrap();
    }
    write_all(&out, &[file("a.md", "1")]).unwrap();
    assert!(tree(&victim).is_empty());
    assert_eq!(tree(&out), ["a.md=1"]);
}

#[cfg(unix)]
#[test]
fn a_second_run_on_the_same_folder_is_refused() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    let first = OutputDir::open(&out, CommitOptions::default()).unwrap();
    match OutputDir::open(&out, CommitOptions::default()) {
        Err(e @ OutputError::Busy(_)) => assert!(e.to_string().contains("another schemagen run"), "{e}"),
        other => panic!("expected Busy, got {:?}", other.map(|_| ())),
    }
    first.commit().unwrap();
    write_all(&out, &[file("a.md", "1")]).unwrap();
}

#[cfg(unix)]
#[test]
fn a_mount_point_output_is_switched_entry_by_entry() {
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    write_all(&out, &[file("setup.py", "old"), file("pkg/a.py", "old"), file("gone/x", "old")]).unwrap();
    std::fs::write(out.join("NOTES"), "mine").unwrap();
    let dir = unix::OutputDir::open_inside(&out, CommitOptions::default()).unwrap();
    dir.put(file("setup.py", "new")).unwrap();
    dir.put(file("pkg/a.py", "new")).unwrap();
    let done = dir.commit().unwrap();
    assert!(done.per_entry);
    assert_eq!(tree(&out), ["NOTES=mine", "gone/x=old", "pkg/a.py=new", "setup.py=new"]);
    let dir = unix::OutputDir::open_inside(&out, CommitOptions { clean: true }).unwrap();
    dir.put(file("pkg/a.py", "newer")).unwrap();
    dir.commit().unwrap();
    assert_eq!(tree(&out), ["pkg/a.py=newer"], "and nothing of the staging is left inside");
}

#[test]
fn the_layout_rule_is_the_sinks_rule() {
    let mut l = Layout::new();
    l.insert("a/b").unwrap();
    l.insert("a/c").unwrap();
    assert!(l.insert("A/d").is_err());
    assert!(l.insert("a").is_err());
    assert!(l.insert("a/b/c").is_err());
    assert!(l.insert("../x").is_err());
}
