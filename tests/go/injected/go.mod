module schemagen.test/injected

go 1.21
