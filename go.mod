module github.com/hotloop/hotloop

go 1.26.0

require github.com/tetratelabs/wazero v1.12.0

require (
	golang.org/x/sys v0.44.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
