//! Graph algorithms the generators share.

/// The strongly connected component of every node of a graph given by its `edges` and their
/// `reverse` (Kosaraju, with explicit stacks, so a long chain cannot overflow the call stack):
/// component ids are equal exactly for nodes that reach each other.
pub(crate) fn components(edges: &[Vec<usize>], reverse: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    // Finishing order of a depth-first search over the edges.
    let mut visited = vec![false; n];
    let mut order = Vec::with_capacity(n);
    for root in 0..n {
        if visited[root] {
            continue;
        }
        visited[root] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, next)) = stack.last_mut() {
            if let Some(&to) = edges[*node].get(*next) {
                *next += 1;
                if !visited[to] {
                    visited[to] = true;
                    stack.push((to, 0));
                }
            } else {
                order.push(*node);
                stack.pop();
            }
        }
    }
    // Components: searches over the reversed edges, latest finisher first.
    let mut component = vec![usize::MAX; n];
    for (count, &root) in order.iter().rev().enumerate() {
        if component[root] != usize::MAX {
            continue;
        }
        component[root] = count;
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            for &from in &reverse[node] {
                if component[from] == usize::MAX {
                    component[from] = count;
                    stack.push(from);
                }
            }
        }
    }
    component
}
