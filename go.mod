module github.com/hotloop/hotloop

go 1.26.0

require (
	github.com/chzyer/readline v1.5.1
	github.com/creack/pty v1.1.24
	github.com/dlclark/regexp2/v2 v2.13.0
	github.com/google/pprof v0.0.0-20261105003125-4bf881d7fb0b
	github.com/pkg/profile v1.7.0
	github.com/tetratelabs/wazero v1.12.0
	golang.org/x/text v0.44.0
)

require (
	github.com/felixge/fgprof v0.9.3 // indirect
	golang.org/x/sys v0.44.0 // indirect
)
