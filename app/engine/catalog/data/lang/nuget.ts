// NuGet packages, versions current in late 2025: "Id version nupkg-KiB lib-tfms deps...|files".
// lib-tfms: the target frameworks the package has lib/<tfm>/ folders for, comma separated
// ("-" for a package with no lib folder: analyzers, build-only tooling, meta-packages).
// Deps: an id (the catalog's version of it), "Id(=)" (the same version as this package, as
// Microsoft's packages pin their siblings) or "Id(1.2.3)" (the minimum version the nuspec
// names, which NuGet restores). Files: assembly names in each lib/<tfm>/ (none listed means
// <Id>.dll); entries with a "/" are other files of the package, relative to its folder
// (runtimes/<rid>/..., analyzers/..., build/...). Sizes are the .nupkg sizes of the real
// packages, rounded.
export default `
Microsoft.EntityFrameworkCore 9.0.11 2650 net8.0 Microsoft.EntityFrameworkCore.Abstractions(=) Microsoft.EntityFrameworkCore.Analyzers(=) Microsoft.Extensions.Caching.Memory(=) Microsoft.Extensions.Logging(=)|Microsoft.EntityFrameworkCore.dll
Microsoft.EntityFrameworkCore.Abstractions 9.0.11 95 net8.0|
Microsoft.EntityFrameworkCore.Analyzers 9.0.11 110 -|analyzers/dotnet/cs/Microsoft.EntityFrameworkCore.Analyzers.dll
Microsoft.EntityFrameworkCore.Relational 9.0.11 1150 net8.0 Microsoft.EntityFrameworkCore(=) Microsoft.Extensions.Caching.Memory(=) Microsoft.Extensions.Configuration.Abstractions(=) Microsoft.Extensions.Logging(=)|
Microsoft.EntityFrameworkCore.SqlServer 9.0.11 880 net8.0 Microsoft.Data.SqlClient(5.1.6) Microsoft.EntityFrameworkCore.Relational(=) Microsoft.Extensions.Caching.Memory(=) System.Formats.Asn1(9.0.11) System.Text.Json(9.0.11)|
Microsoft.EntityFrameworkCore.Sqlite 9.0.11 40 - Microsoft.EntityFrameworkCore.Sqlite.Core(=) SQLitePCLRaw.bundle_e_sqlite3(2.1.10)|
Microsoft.EntityFrameworkCore.Sqlite.Core 9.0.11 330 net8.0 Microsoft.Data.Sqlite.Core(=) Microsoft.EntityFrameworkCore.Relational(=) SQLitePCLRaw.core(2.1.10)|Microsoft.EntityFrameworkCore.Sqlite.dll
Microsoft.EntityFrameworkCore.InMemory 9.0.11 190 net8.0 Microsoft.EntityFrameworkCore(=)|
Microsoft.EntityFrameworkCore.Design 9.0.11 1240 net8.0 Humanizer.Core(2.14.1) Microsoft.Build.Locator(1.7.8) Microsoft.CodeAnalysis.CSharp.Workspaces(4.8.0) Microsoft.EntityFrameworkCore.Relational(=) Mono.TextTemplating(3.0.0)|build/net8.0/Microsoft.EntityFrameworkCore.Design.props
Microsoft.EntityFrameworkCore.Tools 9.0.11 1350 - Microsoft.EntityFrameworkCore.Design(=)|tools/netcoreapp2.0/any/ef.dll tools/EntityFrameworkCore.psm1
Microsoft.Data.Sqlite.Core 9.0.11 190 net8.0 SQLitePCLRaw.core(2.1.10)|
Microsoft.Data.SqlClient 5.1.6 9800 net6.0,netstandard2.1 Azure.Identity(1.11.4) Microsoft.Data.SqlClient.SNI.runtime(5.1.1) Microsoft.Identity.Client(4.61.3) Microsoft.IdentityModel.JsonWebTokens(6.35.0) Microsoft.IdentityModel.Protocols.OpenIdConnect(6.35.0) System.Configuration.ConfigurationManager(6.0.1) System.Runtime.Caching(6.0.0)|Microsoft.Data.SqlClient.dll runtimes/unix/lib/net6.0/Microsoft.Data.SqlClient.dll runtimes/win/lib/net6.0/Microsoft.Data.SqlClient.dll
Microsoft.Data.SqlClient.SNI.runtime 5.1.1 1100 -|runtimes/win-x64/native/Microsoft.Data.SqlClient.SNI.dll runtimes/win-x86/native/Microsoft.Data.SqlClient.SNI.dll runtimes/win-arm64/native/Microsoft.Data.SqlClient.SNI.dll
Azure.Identity 1.11.4 560 netstandard2.0 Azure.Core(1.38.0) Microsoft.Identity.Client(4.61.3) Microsoft.Identity.Client.Extensions.Msal(4.61.3) System.Security.Cryptography.ProtectedData(4.7.0)|
Azure.Core 1.38.0 610 net6.0,netstandard2.0 Microsoft.Bcl.AsyncInterfaces(1.1.1) System.ClientModel(1.0.0) System.Memory.Data(1.0.2)|
System.ClientModel 1.0.0 110 net6.0,netstandard2.0 System.Memory.Data(1.0.2)|
System.Memory.Data 1.0.2 40 netstandard2.0|
Microsoft.Bcl.AsyncInterfaces 1.1.1 40 netstandard2.1,netstandard2.0|
Microsoft.Identity.Client 4.61.3 2900 net6.0,netstandard2.0 Microsoft.IdentityModel.Abstractions(6.35.0)|
Microsoft.Identity.Client.Extensions.Msal 4.61.3 120 net6.0,netstandard2.0 Microsoft.Identity.Client(=) System.Security.Cryptography.ProtectedData(4.5.0)|
System.Security.Cryptography.ProtectedData 4.7.0 130 netstandard2.0|
System.Configuration.ConfigurationManager 6.0.1 380 net6.0,netstandard2.0 System.Security.Cryptography.ProtectedData(6.0.0) System.Security.Permissions(6.0.0)|
System.Security.Permissions 6.0.0 250 net6.0,netstandard2.0 System.Windows.Extensions(6.0.0)|
System.Windows.Extensions 6.0.0 110 net6.0|runtimes/win/lib/net6.0/System.Windows.Extensions.dll
System.Runtime.Caching 6.0.0 200 net6.0,netstandard2.0 System.Configuration.ConfigurationManager(6.0.0)|runtimes/win/lib/net6.0/System.Runtime.Caching.dll
System.Formats.Asn1 9.0.11 230 net8.0,netstandard2.0|
System.Text.Json 9.0.11 2300 net8.0,netstandard2.0 System.IO.Pipelines(=) System.Text.Encodings.Web(=)|analyzers/dotnet/roslyn4.4/cs/System.Text.Json.SourceGeneration.dll
System.IO.Pipelines 9.0.11 120 net8.0,netstandard2.0|
System.Text.Encodings.Web 9.0.11 190 net8.0,netstandard2.0|
Microsoft.IdentityModel.Abstractions 8.14.0 40 net8.0,net6.0,netstandard2.0|
Microsoft.IdentityModel.Logging 8.14.0 90 net8.0,net6.0,netstandard2.0 Microsoft.IdentityModel.Abstractions(=)|
Microsoft.IdentityModel.Tokens 8.14.0 610 net8.0,net6.0,netstandard2.0 Microsoft.IdentityModel.Logging(=)|
Microsoft.IdentityModel.JsonWebTokens 8.14.0 400 net8.0,net6.0,netstandard2.0 Microsoft.IdentityModel.Tokens(=)|
Microsoft.IdentityModel.Protocols 8.14.0 90 net8.0,net6.0,netstandard2.0 Microsoft.IdentityModel.Tokens(=)|
Microsoft.IdentityModel.Protocols.OpenIdConnect 8.14.0 320 net8.0,net6.0,netstandard2.0 Microsoft.IdentityModel.Protocols(=) System.IdentityModel.Tokens.Jwt(=)|
System.IdentityModel.Tokens.Jwt 8.14.0 180 net8.0,net6.0,netstandard2.0 Microsoft.IdentityModel.JsonWebTokens(=) Microsoft.IdentityModel.Tokens(=)|
Microsoft.AspNetCore.Authentication.JwtBearer 9.0.11 110 net9.0 Microsoft.IdentityModel.Protocols.OpenIdConnect(8.0.1)|
Microsoft.AspNetCore.OpenApi 9.0.11 260 net9.0 Microsoft.OpenApi(1.6.17)|analyzers/dotnet/cs/Microsoft.AspNetCore.OpenApi.SourceGenerators.dll
Microsoft.OpenApi 1.6.17 290 netstandard2.0|Microsoft.OpenApi.dll
Microsoft.Extensions.ApiDescription.Server 6.0.5 7300 -|build/Microsoft.Extensions.ApiDescription.Server.props tools/dotnet-getdocument.dll tools/net461-x86/GetDocument.Insider.exe tools/netcoreapp2.1/GetDocument.Insider.dll
Swashbuckle.AspNetCore 6.6.2 10 - Microsoft.Extensions.ApiDescription.Server(6.0.5) Swashbuckle.AspNetCore.Swagger(=) Swashbuckle.AspNetCore.SwaggerGen(=) Swashbuckle.AspNetCore.SwaggerUI(=)|build/Swashbuckle.AspNetCore.props
Swashbuckle.AspNetCore.Swagger 6.6.2 50 net8.0,net6.0,netstandard2.0 Microsoft.OpenApi(1.6.14)|
Swashbuckle.AspNetCore.SwaggerGen 6.6.2 120 net8.0,net6.0,netstandard2.0 Swashbuckle.AspNetCore.Swagger(=)|
Swashbuckle.AspNetCore.SwaggerUI 6.6.2 2200 net8.0,net6.0,netstandard2.0|
Microsoft.Extensions.Caching.Memory 9.0.11 170 net9.0,net8.0,netstandard2.0 Microsoft.Extensions.Caching.Abstractions(=) Microsoft.Extensions.DependencyInjection.Abstractions(=) Microsoft.Extensions.Logging.Abstractions(=) Microsoft.Extensions.Options(=) Microsoft.Extensions.Primitives(=)|
Microsoft.Extensions.Caching.Abstractions 9.0.11 90 net9.0,net8.0,netstandard2.0 Microsoft.Extensions.Primitives(=)|
Microsoft.Extensions.Configuration.Abstractions 9.0.11 80 net9.0,net8.0,netstandard2.0 Microsoft.Extensions.Primitives(=)|
Microsoft.Extensions.DependencyInjection 9.0.11 240 net9.0,net8.0,netstandard2.0 Microsoft.Extensions.DependencyInjection.Abstractions(=)|
Microsoft.Extensions.DependencyInjection.Abstractions 9.0.11 150 net9.0,net8.0,netstandard2.0|
Microsoft.Extensions.Logging 9.0.11 190 net9.0,net8.0,netstandard2.0 Microsoft.Extensions.DependencyInjection(=) Microsoft.Extensions.Logging.Abstractions(=) Microsoft.Extensions.Options(=)|
Microsoft.Extensions.Logging.Abstractions 9.0.11 260 net9.0,net8.0,netstandard2.0 Microsoft.Extensions.DependencyInjection.Abstractions(=)|
Microsoft.Extensions.Options 9.0.11 240 net9.0,net8.0,netstandard2.0 Microsoft.Extensions.DependencyInjection.Abstractions(=) Microsoft.Extensions.Primitives(=)|
Microsoft.Extensions.Primitives 9.0.11 130 net9.0,net8.0,netstandard2.0|
Microsoft.Extensions.Http.Polly 9.0.11 90 netstandard2.0 Polly(7.2.4) Polly.Extensions.Http(3.0.0)|
Npgsql.EntityFrameworkCore.PostgreSQL 9.0.4 1350 net8.0 Microsoft.EntityFrameworkCore(9.0.1) Microsoft.EntityFrameworkCore.Relational(9.0.1) Npgsql(9.0.3)|
Npgsql 9.0.4 2400 net8.0,net6.0 Microsoft.Extensions.Logging.Abstractions(8.0.2)|
Pomelo.EntityFrameworkCore.MySql 9.0.0 1050 net8.0 Microsoft.EntityFrameworkCore.Relational(9.0.0) MySqlConnector(2.4.0)|
MySqlConnector 2.4.0 2250 net9.0,net8.0,net6.0,netstandard2.1,netstandard2.0 Microsoft.Extensions.Logging.Abstractions(8.0.2)|
MongoDB.Driver 3.5.0 3100 net6.0,netstandard2.1 DnsClient(1.6.1) Microsoft.Extensions.Logging.Abstractions(2.0.0) MongoDB.Bson(=) SharpCompress(0.30.1) Snappier(1.0.0) ZstdSharp.Port(0.7.3)|
MongoDB.Bson 3.5.0 1200 net6.0,netstandard2.1|
DnsClient 1.6.1 370 net5.0,netstandard2.1,netstandard2.0|
SharpCompress 0.30.1 1450 net5.0,netstandard2.1,netstandard2.0|
Snappier 1.0.0 110 net5.0,netstandard2.0|
ZstdSharp.Port 0.7.3 350 net7.0,netstandard2.1,netstandard2.0|
StackExchange.Redis 2.9.32 1650 net8.0,net6.0,netstandard2.0 Microsoft.Extensions.Logging.Abstractions(6.0.0) Pipelines.Sockets.Unofficial(2.2.8)|
Pipelines.Sockets.Unofficial 2.2.8 250 net5.0,netstandard2.1,netstandard2.0|
SQLitePCLRaw.bundle_e_sqlite3 2.1.10 20 net6.0,netstandard2.0 SQLitePCLRaw.lib.e_sqlite3(=) SQLitePCLRaw.provider.e_sqlite3(=)|SQLitePCLRaw.batteries_v2.dll
SQLitePCLRaw.core 2.1.10 200 netstandard2.0|SQLitePCLRaw.core.dll
SQLitePCLRaw.lib.e_sqlite3 2.1.10 11200 -|runtimes/linux-x64/native/libe_sqlite3.so runtimes/linux-musl-x64/native/libe_sqlite3.so runtimes/linux-arm64/native/libe_sqlite3.so runtimes/linux-musl-arm64/native/libe_sqlite3.so runtimes/win-x64/native/e_sqlite3.dll runtimes/osx-arm64/native/libe_sqlite3.dylib
SQLitePCLRaw.provider.e_sqlite3 2.1.10 60 net6.0,netstandard2.0 SQLitePCLRaw.core(=)|SQLitePCLRaw.provider.e_sqlite3.dll
Humanizer.Core 2.14.1 1850 net6.0,netstandard2.0|
Microsoft.Build.Locator 1.7.8 60 net6.0|build/Microsoft.Build.Locator.props
Microsoft.CodeAnalysis.Common 4.8.0 5600 net7.0,net6.0,netstandard2.0 Microsoft.CodeAnalysis.Analyzers(3.3.4) System.Collections.Immutable(7.0.0) System.Reflection.Metadata(7.0.0)|Microsoft.CodeAnalysis.dll
Microsoft.CodeAnalysis.CSharp 4.8.0 7300 net7.0,net6.0,netstandard2.0 Microsoft.CodeAnalysis.Common(=)|Microsoft.CodeAnalysis.CSharp.dll
Microsoft.CodeAnalysis.CSharp.Workspaces 4.8.0 2700 net7.0,net6.0,netstandard2.0 Humanizer.Core(2.14.1) Microsoft.CodeAnalysis.CSharp(=) Microsoft.CodeAnalysis.Common(=) Microsoft.CodeAnalysis.Workspaces.Common(=)|Microsoft.CodeAnalysis.CSharp.Workspaces.dll
Microsoft.CodeAnalysis.Workspaces.Common 4.8.0 5200 net7.0,net6.0,netstandard2.0 Humanizer.Core(2.14.1) Microsoft.Bcl.AsyncInterfaces(7.0.0) Microsoft.CodeAnalysis.Common(=) System.Composition(7.0.0)|Microsoft.CodeAnalysis.Workspaces.dll
Microsoft.CodeAnalysis.Analyzers 3.3.4 1250 -|analyzers/dotnet/cs/Microsoft.CodeAnalysis.CSharp.Analyzers.dll analyzers/dotnet/Microsoft.CodeAnalysis.Analyzers.dll
System.Collections.Immutable 7.0.0 620 net7.0,net6.0,netstandard2.0|
System.Reflection.Metadata 7.0.0 950 net7.0,net6.0,netstandard2.0 System.Collections.Immutable(7.0.0)|
System.Composition 7.0.0 30 - System.Composition.AttributedModel(7.0.0) System.Composition.Runtime(7.0.0)|
System.Composition.AttributedModel 7.0.0 60 net7.0,net6.0,netstandard2.0|
System.Composition.Runtime 7.0.0 60 net7.0,net6.0,netstandard2.0|
Mono.TextTemplating 3.0.0 300 net6.0,netstandard2.0 System.CodeDom(6.0.0)|
System.CodeDom 6.0.0 290 net6.0,netstandard2.0|
Newtonsoft.Json 13.0.4 2520 net6.0,netstandard2.0,net45|
Serilog 4.3.0 640 net9.0,net8.0,net6.0,netstandard2.0|
Serilog.AspNetCore 9.0.0 70 net9.0,net8.0 Serilog(4.2.0) Serilog.Extensions.Hosting(9.0.0) Serilog.Formatting.Compact(3.0.0) Serilog.Settings.Configuration(9.0.0) Serilog.Sinks.Console(6.0.0) Serilog.Sinks.Debug(3.0.0) Serilog.Sinks.File(6.0.0)|
Serilog.Extensions.Hosting 9.0.0 60 net9.0,net8.0,netstandard2.0 Serilog(4.2.0) Serilog.Extensions.Logging(9.0.0)|
Serilog.Extensions.Logging 9.0.0 60 net9.0,net8.0,netstandard2.0 Serilog(4.2.0)|
Serilog.Formatting.Compact 3.0.0 50 net8.0,net6.0,netstandard2.0 Serilog(4.0.0)|
Serilog.Settings.Configuration 9.0.0 110 net9.0,net8.0,netstandard2.0 Serilog(4.2.0)|
Serilog.Sinks.Console 6.0.0 90 net8.0,net6.0,netstandard2.0 Serilog(4.0.0)|
Serilog.Sinks.Debug 3.0.0 30 net8.0,net6.0,netstandard2.0 Serilog(4.0.0)|
Serilog.Sinks.File 7.0.0 80 net9.0,net8.0,net6.0,netstandard2.0 Serilog(4.2.0)|
Dapper 2.1.66 900 net8.0,net7.0,net6.0,netstandard2.0,net461|
AutoMapper 14.0.0 470 net8.0 Microsoft.Extensions.Options(8.0.0)|
MediatR 12.5.0 170 net6.0,netstandard2.0 MediatR.Contracts(2.0.1) Microsoft.Extensions.DependencyInjection.Abstractions(8.0.0)|
MediatR.Contracts 2.0.1 20 netstandard2.0|
FluentValidation 12.1.0 1500 net8.0|
FluentValidation.AspNetCore 11.3.1 60 net8.0,net6.0 FluentValidation(11.11.0) FluentValidation.DependencyInjectionExtensions(11.11.0)|
FluentValidation.DependencyInjectionExtensions 12.1.0 40 net8.0 FluentValidation(=)|
Polly 8.6.4 660 net8.0,net6.0,netstandard2.0 Polly.Core(=)|
Polly.Core 8.6.4 880 net8.0,net6.0,netstandard2.0|
Polly.Extensions.Http 3.0.0 40 netstandard2.0 Polly(7.1.0)|
Microsoft.NET.Test.Sdk 18.0.1 60 - Microsoft.CodeCoverage(=) Microsoft.TestPlatform.TestHost(=)|build/net8.0/Microsoft.NET.Test.Sdk.props build/net8.0/Microsoft.NET.Test.Sdk.Program.cs
Microsoft.CodeCoverage 18.0.1 8900 net8.0|build/netstandard2.0/Microsoft.CodeCoverage.props build/netstandard2.0/CodeCoverage/libInstrumentationEngine.so
Microsoft.TestPlatform.TestHost 18.0.1 2800 net8.0 Microsoft.TestPlatform.ObjectModel(=)|build/net8.0/testhost.dll
Microsoft.TestPlatform.ObjectModel 18.0.1 3500 net8.0,netstandard2.0|
xunit 2.9.3 10 - xunit.analyzers(1.18.0) xunit.assert(=) xunit.core(=)|
xunit.abstractions 2.0.3 30 netstandard2.0|
xunit.analyzers 1.18.0 360 -|analyzers/dotnet/cs/xunit.analyzers.dll analyzers/dotnet/cs/xunit.analyzers.fixes.dll
xunit.assert 2.9.3 140 net6.0,netstandard1.1|
xunit.core 2.9.3 20 - xunit.extensibility.core(=) xunit.extensibility.execution(=)|build/xunit.core.props build/xunit.core.targets
xunit.extensibility.core 2.9.3 120 netstandard1.1 xunit.abstractions(2.0.3)|xunit.core.dll
xunit.extensibility.execution 2.9.3 150 netstandard1.1 xunit.extensibility.core(=)|xunit.execution.dotnet.dll
xunit.runner.visualstudio 3.1.5 450 -|build/net8.0/xunit.runner.visualstudio.testadapter.dll build/net8.0/xunit.abstractions.dll
coverlet.collector 6.0.4 2000 -|build/netstandard2.0/coverlet.collector.dll build/netstandard2.0/coverlet.core.dll
Moq 4.20.72 820 net6.0,netstandard2.1,netstandard2.0 Castle.Core(5.1.1)|
Castle.Core 5.1.1 1550 net6.0,netstandard2.1,netstandard2.0|
FluentAssertions 8.8.0 1850 net8.0,net6.0,netstandard2.1,netstandard2.0|
NUnit 4.4.0 1000 net8.0,net6.0|nunit.framework.dll nunit.framework.legacy.dll
NUnit3TestAdapter 5.2.0 1900 -|build/net8.0/NUnit3.TestAdapter.dll build/net8.0/nunit.engine.dll
Grpc.AspNetCore 2.71.0 10 - Google.Protobuf(3.30.2) Grpc.AspNetCore.Server.ClientFactory(=) Grpc.Tools(=)|
Grpc.AspNetCore.Server 2.71.0 90 net9.0,net8.0 Grpc.Net.Common(=)|
Grpc.AspNetCore.Server.ClientFactory 2.71.0 30 net9.0,net8.0 Grpc.AspNetCore.Server(=) Grpc.Net.ClientFactory(=)|
Grpc.Net.Client 2.71.0 120 net8.0,netstandard2.0 Grpc.Net.Common(=)|
Grpc.Net.ClientFactory 2.71.0 60 net8.0,netstandard2.0 Grpc.Net.Client(=)|
Grpc.Net.Common 2.71.0 40 net8.0,netstandard2.0 Grpc.Core.Api(=)|
Grpc.Core.Api 2.71.0 120 net8.0,netstandard2.0|
Grpc.Tools 2.71.0 24000 -|tools/linux_x64/protoc tools/linux_x64/grpc_csharp_plugin build/Grpc.Tools.props
Google.Protobuf 3.30.2 620 net5.0,netstandard2.0|
Microsoft.VisualStudio.Azure.Containers.Tools.Targets 1.22.1 2450 -|build/Microsoft.VisualStudio.Azure.Containers.Tools.Targets.props build/Microsoft.VisualStudio.Azure.Containers.Tools.Targets.targets tools/Microsoft.Docker.dll
`;
