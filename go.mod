module github.com/hotloop/hotloop

go 1.26.0

require (
	github.com/dlclark/regexp2/v2 v2.13.0
	github.com/pkg/profile v1.7.0
	github.com/tetratelabs/wazero v1.12.0
)

require (
	github.com/chzyer/readline v1.5.1 // indirect
	github.com/creack/pty v1.1.24 // indirect
	github.com/felixge/fgprof v0.9.3 // indirect
	github.com/google/pprof v0.0.0-20261105003125-4bf881d7fb0b // indirect
	github.com/ianlancetaylor/demangle v0.0.0-20250417193237-f615e6bd150b // indirect
	golang.org/x/sys v0.44.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
