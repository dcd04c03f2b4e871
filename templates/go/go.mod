module {{ module_path }}

go 1.25

require github.com/pulumi/pulumi/sdk/v3 {{ sdk_version }}
