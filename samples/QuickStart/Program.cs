Console.WriteLine("FramingAnalysis QuickStart");
