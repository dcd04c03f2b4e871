fn main() {
    for a in std::env::args().skip(1) {
        let t = std::time::Instant::now();
        let opts = schemagen_schema::LoadOptions { deps: Some("../shared/fixtures/pulumi-codegen/_deps".into()) };
        match schemagen_schema::load(std::path::Path::new(&a), &opts) {
            Ok(l) => { println!("OK {a} {:?} r={} f={} t={} w={}", t.elapsed(), l.package.resources.len(), l.package.functions.len(), l.package.types.len(), l.warnings.len()); for w in l.warnings.iter().take(3) { println!("  {}", w.display(&a)); } }
            Err(e) => println!("ERR {a}\n{e}"),
        }
    }
}
