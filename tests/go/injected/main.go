// Command injected lists, for every .go file under a folder, what hostile schema text would have
// made code of: a file that does not parse, or an identifier named PWNED (inside a comment or a
// string literal it is text; anywhere else it is code). It exits 1 when it finds any.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: injected DIR")
		os.Exit(2)
	}
	var found []string
	files := 0
	err := filepath.WalkDir(os.Args[1], func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		files++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			found = append(found, fmt.Sprintf("%s: does not parse: %v", path, err))
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == "PWNED" {
				found = append(found, fmt.Sprintf("%s: PWNED as code", fset.Position(id.Pos())))
			}
			return true
		})
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if files == 0 {
		fmt.Fprintln(os.Stderr, "injected: no .go files under", os.Args[1])
		os.Exit(1)
	}
	if len(found) > 0 {
		fmt.Println(strings.Join(found, "\n"))
		os.Exit(1)
	}
	fmt.Printf("injected: %d files, no injected code\n", files)
}
