// Package aws exports types, functions, subpackages for provisioning aws resources.
package aws
